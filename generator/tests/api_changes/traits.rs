//! Traits and inherent items: a derive or impl dropped, a function removed
//! or changed, and descriptions written before they were recorded.

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
