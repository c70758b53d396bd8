//! Traits and inherent items of types and request builders: a derive or
//! impl dropped, a function removed or changed, an associated type changed;
//! the runtime's names at the crate root, operations' streams, and
//! descriptions written before these were recorded.

use super::{assert_changes, compare, describe, lines, new_order_without_default, shop, shop_with, why};
use super::{CREATE_ORDER, GET_ORDER, ORDER, PRIORITY, STATUS};
use openapi_xtask::changes::{self, Bump};
use openapi_xtask::describe::{ApiDescription, TypeDesc};

/// The description of the shop, with `edit` applied to the type `name`.
fn shop_described_with(name: &str, edit: impl FnOnce(&mut TypeDesc)) -> ApiDescription {
    let mut description = describe(&shop());
    edit(description.types.iter_mut().find(|t| t.name == name).expect("the shop has the type"));
    description
}

#[test]
fn descriptions_record_traits_and_inherent_items() {
    let description = describe(&shop());
    let ty = |name: &str| description.types.iter().find(|t| t.name == name).expect("the shop has the type");
    assert_eq!(
        ty("NewOrder").traits.as_deref().unwrap(),
        ["Clone", "Debug", "Default", "Deserialize", "PartialEq", "Serialize"]
    );
    assert!(ty("NewOrder").inherent.is_empty());
    assert!(ty("Status").traits.as_ref().unwrap().contains(&"From<&str>".to_owned()));
    assert_eq!(ty("Status").inherent, ["fn as_str(&self) -> &str"]);
    // One line per type in the file.
    let json = description.to_json();
    assert!(json.contains("\"traits\": \"Clone, Debug, Default, Deserialize, PartialEq, Serialize\""), "{json}");
    assert_eq!(ApiDescription::from_json(&json).unwrap(), description);
}

#[test]
fn a_trait_no_longer_implemented_is_breaking() {
    // What dropping a derive, e.g. `Deserialize` from a request-only type, looks like.
    let old = describe(&shop());
    let new = shop_described_with("NewOrder", |t| t.traits.as_mut().unwrap().retain(|t| t != "Deserialize"));
    let report = changes::compare(&old, &new);
    assert_changes(&report, &["breaking `NewOrder`: no longer implements `Deserialize`"]);
    assert!(
        why(&report).starts_with("code that decodes a `NewOrder` itself (`serde_json::from_str`"),
        "{}",
        why(&report)
    );
    assert_eq!(report.bump(true), Bump::Major);
    let back = changes::compare(&new, &old);
    assert_changes(&back, &["compatible `NewOrder`: now implements `Deserialize`"]);
    assert_eq!(back.bump(true), Bump::Minor);

    let new = shop_described_with("Status", |t| t.traits.as_mut().unwrap().retain(|t| t != "Hash"));
    let report = changes::compare(&old, &new);
    assert_changes(&report, &["breaking `Status`: no longer implements `Hash`"]);
    assert!(why(&report).contains("a generic bound"), "{}", why(&report));
}

#[test]
fn inherent_functions_removed_changed_and_added() {
    // serde's `remote = "Self"` used to give every struct inherent
    // `serialize`/`deserialize` functions beside the trait impls.
    let serialize = "fn serialize<S: serde::Serializer>(value: &Self, serializer: S) -> Result<S::Ok, S::Error>";
    let deserialize = "fn deserialize<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error>";
    let old = shop_described_with("Order", |t| t.inherent = vec![serialize.to_owned(), deserialize.to_owned()]);
    let report = changes::compare(&old, &describe(&shop()));
    assert_changes(
        &report,
        &[
            &format!("breaking `Order`: `Order::serialize` removed (was `{serialize}`)"),
            &format!("breaking `Order`: `Order::deserialize` removed (was `{deserialize}`)"),
        ],
    );
    assert!(
        report.changes[0].why.contains("now reach `Serialize::serialize`, which takes other arguments and is found only where `Serialize` is imported"),
        "{}",
        report.changes[0].why
    );

    let old = describe(&shop());
    let new = shop_described_with("Status", |t| t.inherent = vec!["fn as_str(&self) -> String".to_owned()]);
    assert_changes(
        &changes::compare(&old, &new),
        &["breaking `Status`: `Status::as_str` changed from `fn as_str(&self) -> &str` to `fn as_str(&self) -> String`"],
    );
    let new = shop_described_with("Status", |t| t.inherent.push("const ALL: [Status; 2]".to_owned()));
    assert_changes(
        &changes::compare(&old, &new),
        &["compatible `Status`: `Status::ALL` added (`const ALL: [Status; 2]`)"],
    );
    let new = shop_described_with("Status", |t| t.inherent.clear());
    let report = changes::compare(&old, &new);
    assert_changes(&report, &["breaking `Status`: `Status::as_str` removed (was `fn as_str(&self) -> &str`)"]);
    assert_eq!(why(&report), "code using it stops compiling");
}

#[test]
fn a_description_without_traits_is_said_to_be_uncompared() {
    let mut old = describe(&shop());
    for ty in &mut old.types {
        ty.traits = None;
        ty.inherent.clear();
    }
    let report = changes::compare(&old, &describe(&shop()));
    assert_changes(&report, &[]);
    assert_eq!(report.notes.len(), 1, "{:#?}", report.notes);
    let text = changes::render_text("shop-client", &report, None);
    assert!(
        text.contains("\nNote: the previous `api.json` does not record the types' traits and inherent functions"),
        "{text}"
    );
    let markdown = changes::render_markdown("shop-client", &report, None);
    assert!(markdown.contains("\n> **Note:** the previous `api.json` does not record"), "{markdown}");
    // Only `Default` was recorded before: losing it is still found.
    let new = shop_with(GET_ORDER, CREATE_ORDER, ORDER, &new_order_without_default(), STATUS, PRIORITY);
    let report = changes::compare(&old, &describe(&new));
    assert!(
        lines(&report).contains(&"breaking `NewOrder`: no longer implements `Default`".to_owned()),
        "{:#?}",
        lines(&report)
    );
    // Both recorded: nothing to note.
    assert!(compare(&shop(), &shop()).notes.is_empty());
}

#[test]
fn request_builders_and_the_runtime_are_described() {
    let description = describe(&shop());
    let builders = description.request_builders.as_ref().expect("recorded");
    assert_eq!(builders.traits, ["CallOptions", "Clone", "Debug", "IntoFuture"]);
    assert!(builders.inherent.contains(&"fn send(self) -> ResponseFuture<'a, R, E>".to_owned()), "{builders:#?}");
    assert!(
        description.runtime.contains(&"ResponseFuture".to_owned())
            && description.runtime.contains(&"Nullable".to_owned())
    );
    let json = description.to_json();
    assert!(json.contains("\"traits\": \"CallOptions, Clone, Debug, IntoFuture\""), "{json}");
    assert_eq!(ApiDescription::from_json(&json).unwrap(), description);
}

/// The description of the shop with `edit` applied to it.
fn shop_edited(edit: impl FnOnce(&mut ApiDescription)) -> ApiDescription {
    let mut description = describe(&shop());
    edit(&mut description);
    description
}

#[test]
fn a_new_future_type_is_breaking_for_code_that_names_it() {
    // How the move from a boxed future to `ResponseFuture` reads.
    let old = shop_edited(|d| {
        let builders = d.request_builders.as_mut().unwrap();
        builders.inherent[0] = "fn send(self) -> impl Future<Output = Result<R, Error<E>>> + Send + 'a".to_owned();
        builders.associated[1] =
            "IntoFuture::IntoFuture = Pin<Box<dyn Future<Output = Result<R, Error<E>>> + Send + 'a>>".to_owned();
        d.runtime.retain(|name| name != "ResponseFuture");
    });
    let report = changes::compare(&old, &describe(&shop()));
    assert_changes(
        &report,
        &[
            "breaking every request builder: `send` changed from `fn send(self) -> impl Future<Output = Result<R, Error<E>>> + Send + 'a` to `fn send(self) -> ResponseFuture<'a, R, E>`",
            "breaking every request builder: `IntoFuture::IntoFuture = ResponseFuture<'a, R, E>` (was `IntoFuture::IntoFuture = Pin<Box<dyn Future<Output = Result<R, Error<E>>> + Send + 'a>>`)",
            "compatible `ResponseFuture`: now exported from the crate root",
        ],
    );
    assert!(report.changes[1].why.contains("names `IntoFuture::IntoFuture` of a builder"), "{}", report.changes[1].why);
    assert_eq!(report.bump(true), Bump::Major);
}

#[test]
fn builder_traits_runtime_names_and_streams() {
    let old = describe(&shop());
    let new = shop_edited(|d| d.request_builders.as_mut().unwrap().traits.retain(|t| t != "IntoFuture"));
    let report = changes::compare(&old, &new);
    assert_changes(&report, &["breaking every request builder: no longer implements `IntoFuture`"]);
    assert_eq!(why(&report), "code that awaits a request builder directly must call `.send()` first");

    let new = shop_edited(|d| d.runtime.retain(|name| name != "RetryPolicy"));
    assert_changes(&changes::compare(&old, &new), &["breaking `RetryPolicy`: no longer exported from the crate root"]);

    let paginated = shop_edited(|d| d.operations[0].stream = Some("Order".to_owned()));
    let name = &paginated.operations[0].name;
    let builder = &paginated.operations[0].builder;
    assert_changes(
        &changes::compare(&old, &paginated),
        &[&format!("compatible `Client::{name}`: paginated: `{builder}::into_stream` added, streaming `Order`")],
    );
    assert_changes(
        &changes::compare(&paginated, &old),
        &[&format!(
            "breaking `Client::{name}`: no longer paginated: `{builder}::into_stream` (streaming `Order`) removed"
        )],
    );
    let other = shop_edited(|d| d.operations[0].stream = Some("String".to_owned()));
    assert_changes(
        &changes::compare(&paginated, &other),
        &[&format!("breaking `Client::{name}`: `{builder}::into_stream` now streams `String` (was `Order`)")],
    );
}

#[test]
fn a_description_without_builders_is_said_to_be_uncompared() {
    let old = shop_edited(|d| {
        d.request_builders = None;
        d.runtime.clear();
    });
    let report = changes::compare(&old, &describe(&shop()));
    assert_changes(&report, &[]);
    assert_eq!(report.notes.len(), 1, "{:#?}", report.notes);
    assert!(
        report.notes[0].starts_with("the previous `api.json` does not record the request builders'"),
        "{:#?}",
        report.notes
    );
}

#[test]
fn traits_of_response_enums_and_header_structs() {
    let old = describe(&shop());
    assert_eq!(old.response_enums, ["Clone", "Debug", "PartialEq"]);
    assert_eq!(old.header_structs, ["Clone", "Debug", "FromHeaders", "PartialEq"]);
    let new = shop_edited(|d| d.response_enums.retain(|t| t != "PartialEq"));
    let report = changes::compare(&old, &new);
    assert_changes(&report, &["breaking every success and error enum: no longer implements `PartialEq`"]);
    assert!(why(&report).starts_with("code that uses a success or error enum as `PartialEq`"), "{}", why(&report));
    let new = shop_edited(|d| d.header_structs.push("Hash".to_owned()));
    assert_changes(
        &changes::compare(&old, &new),
        &["compatible every struct of response headers: now implements `Hash`"],
    );
    // Not recorded before: nothing compared, and a note says so.
    let unrecorded = shop_edited(|d| d.response_enums.clear());
    let report = changes::compare(&unrecorded, &old);
    assert_changes(&report, &[]);
    assert_eq!(report.notes.len(), 1, "{:#?}", report.notes);
}

#[test]
fn the_same_change_to_many_types_is_written_once() {
    let old = describe(&shop());
    let names: Vec<String> = old.types.iter().map(|t| t.name.clone()).collect();
    assert!(names.len() >= 3, "{names:?}");
    let new = shop_edited(|d| d.types.iter_mut().for_each(|t| t.traits.as_mut().unwrap().retain(|t| t != "Serialize")));
    let report = changes::compare(&old, &new);
    assert_eq!(report.breaking(), names.len(), "every change is counted");
    let text = changes::render_text("shop-client", &report, None);
    let listed: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
    let expected = format!(
        "  breaking    {} types ({}; `Type` below): no longer implements `Serialize`\n              code that encodes a `Type` itself",
        names.len(),
        listed.join(", ")
    );
    assert!(text.contains(&expected), "{text}");
    let markdown = changes::render_markdown("shop-client", &report, None);
    assert_eq!(markdown.matches("no longer implements `Serialize`").count(), 1, "{markdown}");

    // Two alike stay apart, each in its own words.
    let two = shop_edited(|d| {
        for t in d.types.iter_mut().take(2) {
            t.traits.as_mut().unwrap().retain(|t| t != "Serialize");
        }
    });
    let text = changes::render_text("shop-client", &changes::compare(&old, &two), None);
    assert_eq!(text.matches("no longer implements `Serialize`").count(), 2, "{text}");
    assert!(text.contains(&format!("code that encodes a `{}` itself", names[0])), "{text}");
}
