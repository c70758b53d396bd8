//! The API change report: pairs of small documents, one per kind of change,
//! each checked for the change it reports and its classification, plus the
//! semver bump and the report's text and Markdown forms.

use openapi_xtask::changes::{self, advise, Bump, ChangeReport, Impact};
use openapi_xtask::describe::{ApiDescription, DESCRIPTION_PATH};

mod surfaces;

/// A document with `paths` and `schemas` spliced in (YAML, indented to fit).
fn spec(paths: &str, schemas: &str) -> String {
    format!(
        "openapi: 3.0.3\ninfo: {{ title: Shop, version: 1.0.0 }}\npaths:\n{}components:\n  schemas:\n{}",
        indent(paths, 2),
        indent(schemas, 4)
    )
}

fn indent(text: &str, by: usize) -> String {
    let pad = " ".repeat(by);
    text.lines().filter(|l| !l.trim().is_empty()).map(|l| format!("{pad}{l}\n")).collect()
}

fn describe(spec_text: &str) -> ApiDescription {
    describe_with(spec_text, openapi_xtask::Settings::new("shop-client"))
}

fn describe_with(spec_text: &str, settings: openapi_xtask::Settings) -> ApiDescription {
    let generated = openapi_xtask::generate(spec_text, &settings)
        .unwrap_or_else(|diagnostics| panic!("generation failed: {diagnostics:#?}\n{spec_text}"));
    let file = generated.files.iter().find(|f| f.path == DESCRIPTION_PATH).expect("api.json is generated");
    ApiDescription::from_json(&file.contents).expect("api.json reads back")
}

fn compare(old: &str, new: &str) -> ChangeReport {
    changes::compare(&describe(old), &describe(new))
}

/// The changes as `label subject: what` lines.
fn lines(report: &ChangeReport) -> Vec<String> {
    report.changes.iter().map(|c| format!("{} {}: {}", c.impact.label(), c.subject, c.what)).collect()
}

/// Asserts that the report holds exactly these changes.
#[track_caller]
fn assert_changes(report: &ChangeReport, expected: &[&str]) {
    assert_eq!(lines(report), expected, "\n{}", changes::render_text("shop-client", report, None));
}

/// The explanation of the only change.
fn why(report: &ChangeReport) -> &str {
    assert_eq!(report.changes.len(), 1, "{:#?}", report.changes);
    &report.changes[0].why
}

// A shop: `get_order` reads an `Order` (response only), `create_order` sends
// a `NewOrder` (request only); both use the `Status` enum their own way.

const GET_ORDER: &str = "
/orders/{id}:
  get:
    operationId: getOrder
    parameters:
      - { name: id, in: path, required: true, schema: { type: string } }
    responses:
      '200':
        description: the order
        content: { application/json: { schema: { $ref: '#/components/schemas/Order' } } }
      '404':
        description: no such order
";

const CREATE_ORDER: &str = "
/orders:
  post:
    operationId: createOrder
    requestBody:
      required: true
      content: { application/json: { schema: { $ref: '#/components/schemas/NewOrder' } } }
    responses:
      '204': { description: created }
";

const ORDER: &str = "
Order:
  type: object
  required: [id, status]
  properties:
    id: { type: string }
    status: { $ref: '#/components/schemas/Status' }
    note: { type: string }
";

const NEW_ORDER: &str = "
NewOrder:
  type: object
  required: [item]
  properties:
    item: { type: string }
    priority: { $ref: '#/components/schemas/Priority' }
";

const STATUS: &str = "
Status: { type: string, enum: [open, shipped] }
";

const PRIORITY: &str = "
Priority: { type: string, enum: [low, high] }
";

fn shop() -> String {
    shop_with(GET_ORDER, CREATE_ORDER, ORDER, NEW_ORDER, STATUS, PRIORITY)
}

fn shop_with(get: &str, create: &str, order: &str, new_order: &str, status: &str, priority: &str) -> String {
    spec(&format!("{get}\n{create}"), &format!("{order}\n{new_order}\n{status}\n{priority}"))
}

fn add_property(schema: &str, property: &str) -> String {
    format!("{schema}    {property}\n")
}

#[test]
fn identical_documents_have_no_changes() {
    let report = compare(&shop(), &shop());
    assert_changes(&report, &[]);
    assert_eq!(report.bump(false), Bump::None);
    assert_eq!(report.bump(true), Bump::Patch);
}

#[test]
fn description_does_not_depend_on_document_order() {
    let reordered =
        spec(&format!("{CREATE_ORDER}\n{GET_ORDER}"), &format!("{PRIORITY}\n{STATUS}\n{NEW_ORDER}\n{ORDER}"));
    assert_eq!(describe(&shop()).to_json(), describe(&reordered).to_json());
}

#[test]
fn description_records_usage_and_rust_types() {
    let description = describe(&shop());
    let order = description.types.iter().find(|t| t.name == "Order").unwrap();
    assert!(order.in_responses && !order.in_requests);
    let priority = description.types.iter().find(|t| t.name == "Priority").unwrap();
    assert!(priority.in_requests && !priority.in_responses);
    let openapi_xtask::describe::TypeShape::Struct { fields } = &order.shape else { panic!("{order:?}") };
    let note = fields.iter().find(|f| f.name == "note").unwrap();
    assert_eq!((note.ty.as_str(), note.required), ("Option<String>", false));
    let get = description.operations.iter().find(|o| o.name == "get_order").unwrap();
    assert_eq!(get.arguments, ["id"]);
    assert_eq!(get.response, "Order");
}

// Fields.

#[test]
fn new_optional_field_in_a_response_type_is_compatible() {
    let new = shop_with(
        GET_ORDER,
        CREATE_ORDER,
        &add_property(ORDER, "gift: { type: boolean }"),
        NEW_ORDER,
        STATUS,
        PRIORITY,
    );
    let report = compare(&shop(), &new);
    assert_changes(&report, &["compatible `Order`: optional field `gift: Option<bool>` added"]);
    assert!(why(&report).contains("only appears in responses, which callers read rather than build"));
    assert_eq!(report.bump(true), Bump::Minor);
}

#[test]
fn new_required_field_in_a_response_type_is_compatible() {
    let order = ORDER.replace("required: [id, status]", "required: [id, status, total]");
    let new = shop_with(
        GET_ORDER,
        CREATE_ORDER,
        &add_property(&order, "total: { type: integer, format: int64 }"),
        NEW_ORDER,
        STATUS,
        PRIORITY,
    );
    assert_changes(&compare(&shop(), &new), &["compatible `Order`: required field `total: i64` added"]);
}

#[test]
fn new_required_field_in_a_request_type_is_breaking() {
    let new_order = NEW_ORDER.replace("required: [item]", "required: [item, quantity]");
    let new = shop_with(
        GET_ORDER,
        CREATE_ORDER,
        ORDER,
        &add_property(&new_order, "quantity: { type: integer }"),
        STATUS,
        PRIORITY,
    );
    let report = compare(&shop(), &new);
    assert_changes(&report, &["breaking `NewOrder`: required field `quantity: i64` added"]);
    assert!(why(&report).contains("every struct literal of `NewOrder` must now set the new required field"));
    assert_eq!(report.bump(false), Bump::Major);
}

/// Optional on the wire, but callers build `NewOrder` with struct literals,
/// which must name every field of a struct that is not `#[non_exhaustive]`.
#[test]
fn new_optional_field_in_a_request_type_is_breaking() {
    let new = shop_with(
        GET_ORDER,
        CREATE_ORDER,
        ORDER,
        &add_property(NEW_ORDER, "coupon: { type: string }"),
        STATUS,
        PRIORITY,
    );
    let report = compare(&shop(), &new);
    assert_changes(&report, &["breaking `NewOrder`: optional field `coupon: Option<String>` added"]);
    assert!(
        why(&report).contains("struct literals of `NewOrder` must name the new field (`coupon: None`)"),
        "{}",
        why(&report)
    );
    // `NewOrder` derives `Default`, so literals ending in `..Default::default()` keep compiling.
    assert!(why(&report).ends_with("unless they end in `..Default::default()`"), "{}", why(&report));
}

/// `NewOrder` with a required enum that has no default: no `Default` derive.
fn new_order_without_default() -> String {
    NEW_ORDER.replace("required: [item]", "required: [item, priority]")
}

#[test]
fn the_default_way_out_is_offered_only_for_types_that_derive_default() {
    let old = shop_with(GET_ORDER, CREATE_ORDER, ORDER, &new_order_without_default(), STATUS, PRIORITY);
    let new_order = add_property(&new_order_without_default(), "coupon: { type: string }");
    let new = shop_with(GET_ORDER, CREATE_ORDER, ORDER, &new_order, STATUS, PRIORITY);
    let derives_default = |spec: &str| describe(spec).types.iter().any(|t| t.name == "NewOrder" && t.derives_default);
    assert!(derives_default(&shop()) && !derives_default(&old));
    let report = compare(&old, &new);
    assert_changes(&report, &["breaking `NewOrder`: optional field `coupon: Option<String>` added"]);
    assert!(!why(&report).contains("Default"), "a way out that does not compile: {}", why(&report));
}

#[test]
fn a_type_that_no_longer_derives_default_is_breaking() {
    let new = shop_with(GET_ORDER, CREATE_ORDER, ORDER, &new_order_without_default(), STATUS, PRIORITY);
    let report = compare(&shop(), &new);
    assert!(
        lines(&report).contains(&"breaking `NewOrder`: no longer implements `Default`".to_owned()),
        "{:#?}",
        lines(&report)
    );
    // The other way round, gaining `Default` breaks no one.
    let back = compare(&new, &shop());
    let defaults: Vec<String> = lines(&back).into_iter().filter(|line| line.contains("Default")).collect();
    assert_eq!(defaults, ["compatible `NewOrder`: now implements `Default`"], "{:#?}", lines(&back));
}

#[test]
fn removed_and_retyped_fields_are_breaking() {
    let order =
        ORDER.replace("    note: { type: string }\n", "").replace("id: { type: string }", "id: { type: integer }");
    let report = compare(&shop(), &shop_with(GET_ORDER, CREATE_ORDER, &order, NEW_ORDER, STATUS, PRIORITY));
    assert_changes(
        &report,
        &["breaking `Order`: field `id` changed type from `String` to `i64`", "breaking `Order`: field `note` removed"],
    );
}

#[test]
fn optionality_changes_are_breaking() {
    let order = ORDER.replace("required: [id, status]", "required: [id, status, note]");
    let new_order = NEW_ORDER.replace("required: [item]", "required: []");
    let report = compare(&shop(), &shop_with(GET_ORDER, CREATE_ORDER, &order, &new_order, STATUS, PRIORITY));
    assert_changes(
        &report,
        &[
            "breaking `NewOrder`: field `item` made optional (`String` -> `Option<String>`)",
            "breaking `Order`: field `note` made required (`Option<String>` -> `String`)",
        ],
    );
}

#[test]
fn a_field_that_becomes_nullable_says_how_it_is_now_held() {
    // `NewOrder` is sent, so an optional, nullable field is a `Nullable<T>`:
    // the value type stays `Priority`, only how it is held changes.
    let nullable = NEW_ORDER.replace(
        "priority: { $ref: '#/components/schemas/Priority' }",
        "priority: { allOf: [{ $ref: '#/components/schemas/Priority' }], nullable: true }",
    );
    let with_null = shop_with(GET_ORDER, CREATE_ORDER, ORDER, &nullable, STATUS, PRIORITY);
    assert_changes(
        &compare(&shop(), &with_null),
        &["breaking `NewOrder`: optional, nullable field `priority` is now `Nullable<Priority>` (was `Option<Priority>`): `Nullable::Absent`, `Nullable::Null` or `Nullable::Value`"],
    );
    assert_changes(
        &compare(&with_null, &shop()),
        &["breaking `NewOrder`: optional field `priority` is now `Option<Priority>` (was `Nullable<Priority>`): a missing value and `null` are no longer told apart"],
    );
}

// Enum variants.

/// `Status` appears in responses: callers match on it, and the generated
/// enum is not `#[non_exhaustive]`. The `Unknown` catch-all only keeps old
/// clients decoding the new value.
#[test]
fn new_variant_of_a_response_enum_is_breaking() {
    let status = STATUS.replace("[open, shipped]", "[open, shipped, returned]");
    let report = compare(&shop(), &shop_with(GET_ORDER, CREATE_ORDER, ORDER, NEW_ORDER, &status, PRIORITY));
    assert_changes(&report, &["breaking `Status`: variant `Returned` (\"returned\") added"]);
    let why = why(&report);
    assert!(why.contains("is not `#[non_exhaustive]` and it appears in responses"), "{why}");
    assert!(
        why.contains("which decoded as `Status::Unknown(\"returned\")`, now decodes as `Status::Returned`"),
        "{why}"
    );
    assert!(why.contains("clients built from the previous crate still accept it, thanks to `Unknown`"), "{why}");
}

#[test]
fn new_variant_of_a_request_only_enum_is_compatible() {
    let priority = PRIORITY.replace("[low, high]", "[low, high, urgent]");
    let report = compare(&shop(), &shop_with(GET_ORDER, CREATE_ORDER, ORDER, NEW_ORDER, STATUS, &priority));
    assert_changes(&report, &["compatible `Priority`: variant `Urgent` (\"urgent\") added"]);
    assert!(why(&report).contains("only appears in requests: callers pick a variant"));
}

#[test]
fn removed_variant_is_breaking_in_either_direction() {
    let status = STATUS.replace("[open, shipped]", "[open]");
    let priority = PRIORITY.replace("[low, high]", "[low]");
    let report = compare(&shop(), &shop_with(GET_ORDER, CREATE_ORDER, ORDER, NEW_ORDER, &status, &priority));
    assert_changes(
        &report,
        &[
            "breaking `Priority`: variant `High` (\"high\") removed",
            "breaking `Status`: variant `Shipped` (\"shipped\") removed",
        ],
    );
    assert!(report.changes[1].why.contains("now decodes as `Status::Unknown(\"shipped\")`"));
}

#[test]
fn integer_enums_and_unions() {
    let schemas = |codes: &str, branches: &str| {
        format!(
            "Code: {{ type: integer, enum: [{codes}] }}\nPayment:\n  oneOf:\n{branches}Card:\n  type: object\n  properties: {{ number: {{ type: string }} }}\nCash:\n  type: object\n  properties: {{ amount: {{ type: integer }} }}\nVoucher:\n  type: object\n  properties: {{ code: {{ type: string }} }}\n"
        )
    };
    let paths = "
/payments:
  get:
    operationId: getPayment
    responses:
      '200':
        description: ok
        content: { application/json: { schema: { $ref: '#/components/schemas/Payment' } } }
  post:
    operationId: postCode
    requestBody:
      content: { application/json: { schema: { $ref: '#/components/schemas/Code' } } }
    responses:
      '204': { description: ok }
";
    let card = "    - $ref: '#/components/schemas/Card'\n";
    let cash = "    - $ref: '#/components/schemas/Cash'\n";
    let voucher = "    - $ref: '#/components/schemas/Voucher'\n";
    let old = spec(paths, &schemas("1, 2", &format!("{card}{voucher}")));
    let new = spec(paths, &schemas("1, 2, 3", &format!("{card}{voucher}{cash}")));
    let report = compare(&old, &new);
    assert_changes(
        &report,
        &["breaking `Payment`: variant `Cash(Cash)` added", "compatible `Code`: variant `V3` (3) added"],
    );
}

// Operations and parameters.

const PARAMS_OLD: &str = "
/orders:
  get:
    operationId: listOrders
    parameters:
      - { name: limit, in: query, schema: { type: integer } }
      - { name: cursor, in: query, schema: { type: string } }
      - { name: shop, in: query, required: true, schema: { type: string } }
    responses:
      '200': { description: ok }
";

fn params(parameters: &str) -> String {
    spec(&format!("/orders:\n  get:\n    operationId: listOrders\n    parameters:\n{}    responses:\n      '200': {{ description: ok }}\n", indent(parameters, 6)), STATUS)
}

#[test]
fn parameter_changes() {
    let old = spec(PARAMS_OLD, STATUS);
    let new = params(concat!(
        "- { name: limit, in: query, required: true, schema: { type: integer } }\n",
        "- { name: shop, in: query, required: true, schema: { type: string } }\n",
        "- { name: sort, in: query, schema: { type: string } }\n",
        "- { name: region, in: header, required: true, schema: { type: string } }\n",
    ));
    let report = compare(&old, &new);
    assert_changes(
        &report,
        &[
            "breaking `Client::list_orders`: parameter `limit` made required",
            "breaking `Client::list_orders`: optional parameter `cursor` removed",
            "breaking `Client::list_orders`: required parameter `region: String` added",
            "compatible `Client::list_orders`: optional parameter `sort: String` added",
        ],
    );
    assert_eq!(
        report.changes[0].why,
        "it moves from the builder method `.limit(..)` to an argument of `Client::list_orders`"
    );
}

#[test]
fn new_optional_parameter_is_compatible() {
    let old = spec(PARAMS_OLD, STATUS);
    let new = spec(
        &PARAMS_OLD
            .replace("    responses:", "      - { name: sort, in: query, schema: { type: string } }\n    responses:"),
        STATUS,
    );
    let report = compare(&old, &new);
    assert_changes(&report, &["compatible `Client::list_orders`: optional parameter `sort: String` added"]);
    assert_eq!(why(&report), "a new builder method, `.sort(..)`");
}

#[test]
fn swapped_path_parameters_are_breaking() {
    let path = |template: &str| {
        spec(
            &format!("{template}:\n  get:\n    operationId: getLine\n    parameters:\n      - {{ name: order, in: path, required: true, schema: {{ type: string }} }}\n      - {{ name: line, in: path, required: true, schema: {{ type: string }} }}\n    responses:\n      '204': {{ description: ok }}\n"),
            STATUS,
        )
    };
    let report = compare(&path("/orders/{order}/lines/{line}"), &path("/lines/{line}/orders/{order}"));
    assert_changes(
        &report,
        &[
            "breaking `Client::get_line`: arguments reordered: (order, line) is now (line, order)",
            "compatible `Client::get_line`: now sends `GET /lines/{line}/orders/{order}` (was `GET /orders/{order}/lines/{line}`)",
        ],
    );
}

#[test]
fn operations_added_removed_and_renamed() {
    let renamed = GET_ORDER.replace("operationId: getOrder", "operationId: fetchOrder");
    let report = compare(&shop(), &shop_with(&renamed, "", ORDER, NEW_ORDER, STATUS, PRIORITY));
    let lines = lines(&report);
    assert!(
        lines.contains(
            &"breaking `Client::get_order`: renamed to `Client::fetch_order` (`GET /orders/{id}`)".to_owned()
        ),
        "{lines:#?}"
    );
    assert!(lines.contains(&"breaking `Client::create_order`: removed (was `POST /orders`)".to_owned()), "{lines:#?}");
    assert!(lines.iter().any(|l| l.starts_with("breaking `Client::fetch_order`: error type changed")), "{lines:#?}");

    let report = compare(&shop_with(GET_ORDER, "", ORDER, NEW_ORDER, STATUS, PRIORITY), &shop());
    assert_changes(&report, &["compatible `Client::create_order`: added (`POST /orders`)"]);
    assert_eq!(report.bump(true), Bump::Minor);
}

#[test]
fn response_changes() {
    let with_error = GET_ORDER.replace(
        "      '404':\n        description: no such order\n",
        "      '404':\n        description: no such order\n      '409':\n        description: conflict\n",
    );
    let report = compare(&shop(), &shop_with(&with_error, CREATE_ORDER, ORDER, NEW_ORDER, STATUS, PRIORITY));
    assert_eq!(
        lines(&report),
        ["breaking `Client::get_order`: error variant `GetOrderError::Conflict` added (status 409)"]
    );
    assert!(why(&report).contains("responses with status 409 now arrive as this variant"));

    let as_status = GET_ORDER.replace("$ref: '#/components/schemas/Order'", "$ref: '#/components/schemas/Status'");
    let report = compare(&shop(), &shop_with(&as_status, CREATE_ORDER, ORDER, NEW_ORDER, STATUS, PRIORITY));
    assert!(lines(&report).contains(
        &"breaking `Client::get_order`: response type changed from `Response<Order>` to `Response<Status>`".to_owned()
    ));
}

#[test]
fn request_body_changes() {
    let optional = CREATE_ORDER.replace("required: true", "required: false");
    let report = compare(&shop(), &shop_with(GET_ORDER, &optional, ORDER, NEW_ORDER, STATUS, PRIORITY));
    assert_changes(&report, &["breaking `Client::create_order`: request body made optional"]);
    let without = spec(&format!("{GET_ORDER}\n/orders:\n  post:\n    operationId: createOrder\n    responses:\n      '204': {{ description: created }}\n"), &format!("{ORDER}\n{NEW_ORDER}\n{STATUS}\n{PRIORITY}"));
    let report = compare(&without, &shop_with(GET_ORDER, &optional, ORDER, NEW_ORDER, STATUS, PRIORITY));
    let lines = lines(&report);
    assert!(
        lines.contains(&"compatible `Client::create_order`: optional request body `NewOrder` added".to_owned()),
        "{lines:#?}"
    );
}

// Types.

#[test]
fn types_added_removed_and_renamed() {
    let extra = "Coupon:\n  type: object\n  properties: { code: { type: string } }\n";
    let base =
        spec(&format!("{GET_ORDER}\n{CREATE_ORDER}"), &format!("{ORDER}\n{NEW_ORDER}\n{STATUS}\n{PRIORITY}\n{extra}"));
    let without = shop();
    assert_changes(&compare(&base, &without), &["breaking `Coupon`: struct removed"]);
    assert_changes(&compare(&without, &base), &["compatible `Coupon`: struct added"]);

    // Renaming `Status` to `OrderState` renames it everywhere it is used; the
    // field of `Order` that holds it is not reported again.
    let renamed = shop().replace("Status", "OrderState");
    let report = compare(&shop(), &renamed);
    assert_changes(&report, &["breaking `Status`: renamed to `OrderState`"]);
}

#[test]
fn kind_change_is_breaking() {
    let status = "Status: { type: integer, enum: [1, 2] }\n";
    let report = compare(&shop(), &shop_with(GET_ORDER, CREATE_ORDER, ORDER, NEW_ORDER, status, PRIORITY));
    assert_changes(&report, &["breaking `Status`: changed from an enum of strings to an enum of integers"]);
}

#[test]
fn wire_only_changes_are_compatible_and_need_a_patch() {
    let moved = GET_ORDER.replace("/orders/{id}:", "/v2/orders/{id}:");
    let report = compare(&shop(), &shop_with(&moved, CREATE_ORDER, ORDER, NEW_ORDER, STATUS, PRIORITY));
    assert_changes(
        &report,
        &["compatible `Client::get_order`: now sends `GET /v2/orders/{id}` (was `GET /orders/{id}`)"],
    );
    assert_eq!(report.changes[0].impact, Impact::Neutral);
    assert_eq!(report.bump(true), Bump::Patch);
}

// Versions and rendering.

#[test]
fn semver_follows_cargo_conventions() {
    let next = |current: &str, bump: Bump| advise(current, bump).map(|a| a.next);
    assert_eq!(next("1.2.3", Bump::Major).as_deref(), Ok("2.0.0"));
    assert_eq!(next("1.2.3", Bump::Minor).as_deref(), Ok("1.3.0"));
    assert_eq!(next("1.2.3", Bump::Patch).as_deref(), Ok("1.2.4"));
    assert_eq!(next("1.2.3", Bump::None).as_deref(), Ok("1.2.3"));
    // Below 1.0.0 the minor is the breaking part and the patch the compatible one.
    assert_eq!(next("0.3.1", Bump::Major).as_deref(), Ok("0.4.0"));
    assert_eq!(next("0.3.1", Bump::Minor).as_deref(), Ok("0.3.2"));
    assert_eq!(next("0.3.1", Bump::Patch).as_deref(), Ok("0.3.2"));
    // On 0.0.z every release is breaking.
    assert_eq!(next("0.0.4", Bump::Major).as_deref(), Ok("0.0.5"));
    assert_eq!(next("0.0.4", Bump::Minor).as_deref(), Ok("0.0.5"));
    for bad in ["1.0", "1.0.0-beta.1", "1.0.0+build", "x.y.z", "+1.0.0"] {
        assert!(advise(bad, Bump::Minor).is_err(), "{bad}");
    }
    assert!(advise("0.3.1", Bump::Major).unwrap().reason.contains("below 1.0.0 Cargo treats a new minor version"));
}

#[test]
fn report_renders_as_text_and_markdown() {
    let order = add_property(ORDER, "gift: { type: boolean }");
    let status = STATUS.replace("[open, shipped]", "[open, shipped, returned]");
    let report = compare(&shop(), &shop_with(GET_ORDER, CREATE_ORDER, &order, NEW_ORDER, &status, PRIORITY));
    let version = advise("0.1.0", report.bump(true)).unwrap();
    let text = changes::render_text("shop-client", &report, Some(&version));
    assert!(text.starts_with("API changes in shop-client (Shop 1.0.0): 1 breaking, 1 compatible\n  breaking    `Status`: variant `Returned` (\"returned\") added\n              `Status` is not"), "{text}");
    assert!(text.contains("\n  compatible  `Order`: optional field `gift: Option<bool>` added\n"), "{text}");
    assert!(text.ends_with("Version: 0.1.0 -> 0.2.0 (suggested, not applied): breaking changes; below 1.0.0 Cargo treats a new minor version (0.y -> 0.(y+1)) as breaking.\n"), "{text}");

    let markdown = changes::render_markdown("shop-client", &report, Some(&version));
    assert!(markdown.starts_with("### API changes in `shop-client`\n\nShop `1.0.0`: **1 breaking**, 1 compatible.\n\n**Version:** `0.1.0` → `0.2.0`"), "{markdown}");
    assert!(
        markdown.contains("\n#### Breaking\n\n- `Status`: variant `Returned` (\"returned\") added — `Status` is not"),
        "{markdown}"
    );
    assert!(
        markdown.contains("\n#### Compatible\n\n- `Order`: optional field `gift: Option<bool>` added — "),
        "{markdown}"
    );

    let none = compare(&shop(), &shop());
    let markdown = changes::render_markdown("shop-client", &none, None);
    assert_eq!(markdown, "### API changes in `shop-client`\n\nNo changes to the public API (Shop `1.0.0`).\n");
}

/// `GET /things` with `headers` (YAML flow mapping text) on its 200 and 429.
fn with_headers(ok: &str, too_many: &str) -> String {
    let paths = format!(
        "/things:\n  get:\n    operationId: listThings\n    responses:\n      '200':\n        description: ok\n        headers: {ok}\n        content:\n          application/json:\n            schema: {{ type: array, items: {{ type: string }} }}\n      '429':\n        description: slow down\n        headers: {too_many}\n"
    );
    spec(&paths, "Unused: { type: string }")
}

#[test]
fn response_header_changes() {
    let none = with_headers("{}", "{}");
    let one = with_headers("{ X-Total: { schema: { type: integer } } }", "{}");
    let two = with_headers(
        "{ X-Total: { schema: { type: integer } }, X-Next: { schema: { type: string } } }",
        "{ Retry-After: { schema: { type: integer } } }",
    );
    let retyped = with_headers("{ X-Total: { schema: { type: string } } }", "{}");

    let report = compare(&none, &one);
    assert_changes(&report, &["breaking `Client::list_things`: response headers `ListThingsHeaders` documented: the response type is now `Response<Vec<String>, ListThingsHeaders>`"]);
    assert_changes(
        &compare(&one, &two),
        &[
            "compatible `Client::list_things`: header field `ListThingsHeaders::x_next: Option<String>` added",
            "compatible `Client::list_things`: `ListThingsError::TooManyRequests` headers `ListThingsTooManyRequestsHeaders` documented",
        ],
    );
    assert_changes(
        &compare(&two, &one),
        &[
            "breaking `Client::list_things`: header field `ListThingsHeaders::x_next` removed",
            "breaking `Client::list_things`: `ListThingsError::TooManyRequests` headers `ListThingsTooManyRequestsHeaders` removed",
        ],
    );
    assert_changes(&compare(&one, &retyped), &["breaking `Client::list_things`: header field `ListThingsHeaders::x_total` changed type from `Option<i64>` to `Option<String>`"]);
    assert_changes(
        &compare(&one, &none),
        &["breaking `Client::list_things`: response headers `ListThingsHeaders` removed"],
    );
}

// Request media types.

/// `createOrder` with its body documented as JSON plus `extra` media types.
fn create_order_with(extra: &str) -> String {
    CREATE_ORDER.replace(
        "content: { application/json: { schema: { $ref: '#/components/schemas/NewOrder' } } }",
        &format!("content: {{ application/json: {{ schema: {{ $ref: '#/components/schemas/NewOrder' }} }}{extra} }}"),
    )
}

#[test]
fn several_media_types_are_described_with_their_variants() {
    let form = ", application/x-www-form-urlencoded: { schema: { $ref: '#/components/schemas/NewOrder' } }";
    let description = describe(&shop_with(GET_ORDER, &create_order_with(form), ORDER, NEW_ORDER, STATUS, PRIORITY));
    let create = description.operations.iter().find(|o| o.name == "create_order").unwrap();
    let body = create.body.as_ref().unwrap();
    assert_eq!((body.ty.as_str(), body.content_type.as_str()), ("CreateOrderBody", "application/json"));
    let media: Vec<(&str, &str, &str)> =
        body.media_types.iter().map(|m| (m.variant.as_str(), m.content_type.as_str(), m.ty.as_str())).collect();
    assert_eq!(
        media,
        [("Json", "application/json", "NewOrder"), ("Form", "application/x-www-form-urlencoded", "NewOrder")]
    );
    // A single media type is described as before, without variants.
    let single = describe(&shop());
    let body = single.operations.iter().find(|o| o.name == "create_order").unwrap().body.as_ref().unwrap();
    assert_eq!(body.ty, "NewOrder");
    assert!(body.media_types.is_empty());
}

#[test]
fn adding_and_removing_media_types() {
    let form = ", application/x-www-form-urlencoded: { schema: { $ref: '#/components/schemas/NewOrder' } }";
    let text = ", text/plain: { schema: { type: string } }";
    let single = shop();
    let with_form = shop_with(GET_ORDER, &create_order_with(form), ORDER, NEW_ORDER, STATUS, PRIORITY);
    let with_both =
        shop_with(GET_ORDER, &create_order_with(&format!("{form}{text}")), ORDER, NEW_ORDER, STATUS, PRIORITY);
    // The old body value converts into the new enum: calls still compile.
    assert_changes(
        &compare(&single, &with_form),
        &["compatible `Client::create_order`: request body can be sent as several media types (`CreateOrderBody`)"],
    );
    assert_changes(
        &compare(&with_form, &with_both),
        &["compatible `Client::create_order`: request body media type `text/plain` added (`CreateOrderBody::Text`)"],
    );
    assert_changes(
        &compare(&with_both, &with_form),
        &["breaking `Client::create_order`: request body media type `text/plain` removed (`CreateOrderBody::Text`)"],
    );
    assert_changes(
        &compare(&with_form, &single),
        &["breaking `Client::create_order`: request body changed type from `CreateOrderBody` to `NewOrder`"],
    );
}

/// The shop with one Cargo feature per tag; `get_order` tagged `get_tags`,
/// `create_order` `create_tags`.
fn tagged_shop(get_tags: &str, create_tags: &str) -> ApiDescription {
    let get = GET_ORDER.replace("operationId: getOrder", &format!("operationId: getOrder\n    tags: {get_tags}"));
    let create =
        CREATE_ORDER.replace("operationId: createOrder", &format!("operationId: createOrder\n    tags: {create_tags}"));
    let mut settings = openapi_xtask::Settings::new("shop-client");
    settings.features_per_tag = true;
    describe_with(&shop_with(&get, &create, ORDER, NEW_ORDER, STATUS, PRIORITY), settings)
}

#[test]
fn features_are_described_per_operation_and_type() {
    let tagged = tagged_shop("[orders]", "[orders, admin]");
    assert_eq!(tagged.features, ["admin", "orders"]);
    let create = tagged.operations.iter().find(|op| op.name == "create_order").expect("create_order");
    assert_eq!(create.features, ["admin", "orders"]);
    let order = tagged.types.iter().find(|ty| ty.name == "Order").expect("Order");
    assert_eq!(order.features, ["orders"]);
    // Without the setting, api.json stays as it was: no features recorded.
    assert!(describe(&shop()).features.is_empty());
}

#[test]
fn an_item_that_a_feature_no_longer_compiles_is_breaking() {
    let report = changes::compare(&tagged_shop("[orders]", "[orders]"), &tagged_shop("[orders]", "[admin]"));
    assert_changes(
        &report,
        &[
            "breaking `Client::create_order`: no longer compiled with `orders` alone",
            "breaking `NewOrder`: no longer compiled with `orders` alone",
            "breaking `Priority`: no longer compiled with `orders` alone",
            "compatible feature `admin`: added",
            "compatible `Client::create_order`: also compiled with `admin`",
            "compatible `NewOrder`: also compiled with `admin`",
            "compatible `Priority`: also compiled with `admin`",
        ],
    );
    assert_eq!(report.bump(true), Bump::Major);

    let report = changes::compare(&tagged_shop("[orders]", "[orders]"), &tagged_shop("[orders]", "[orders, admin]"));
    assert_eq!(report.changes.iter().filter(|c| c.impact == Impact::Breaking).count(), 0, "{:#?}", report.changes);
    assert_eq!(report.bump(true), Bump::Minor);
}

#[test]
fn a_feature_removed_is_breaking() {
    let report = changes::compare(&tagged_shop("[orders]", "[admin]"), &tagged_shop("[orders]", "[orders]"));
    let lines = lines(&report);
    assert_eq!(lines[0], "breaking feature `admin`: removed", "{lines:#?}");
    assert!(lines.contains(&"breaking `Client::create_order`: no longer compiled with `admin` alone".to_owned()));
}

#[test]
fn features_turned_on_or_off_are_reported_once() {
    let report = changes::compare(&describe(&shop()), &tagged_shop("[orders]", "[admin]"));
    assert_changes(&report, &["compatible the crate: now has one Cargo feature per tag (`admin`, `orders`)"]);
    let report = changes::compare(&tagged_shop("[orders]", "[admin]"), &describe(&shop()));
    assert_changes(&report, &["breaking the crate: no longer has Cargo features (had `admin`, `orders`)"]);
}
