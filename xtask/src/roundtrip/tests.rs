//! Tests of the round trip itself: the instances it draws, and that it
//! fails when data is lost, down to a real generated crate that stops
//! parsing numbers exactly.

use super::*;
use compare::Loss;
use draw::Note;
use serde_json::json;

/// A document with every construct the drawer follows, as JSON Schema.
fn document() -> Value {
    schema::convert_document(&json!({
        "openapi": "3.0.3",
        "components": {"schemas": {
            "Pet": {
                "oneOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Dog"}],
                "discriminator": {"propertyName": "kind", "mapping": {"cat": "#/components/schemas/Cat", "kitten": "#/components/schemas/Cat", "dog": "Dog"}}
            },
            "Cat": {"type": "object", "required": ["kind", "lives"], "properties": {
                "kind": {"type": "string"},
                "lives": {"type": "integer", "format": "int32", "minimum": 1, "maximum": 9},
                "born": {"type": "string", "format": "date-time", "nullable": true}
            }},
            "Dog": {"type": "object", "required": ["kind"], "additionalProperties": false, "properties": {
                "kind": {"type": "string"},
                "id": {"type": "string", "format": "uuid"},
                "weight": {"type": "number", "exclusiveMinimum": true, "minimum": 0}
            }},
            "Tree": {"type": "object", "required": ["children"], "properties": {
                "children": {"type": "array", "maxItems": 3, "items": {"$ref": "#/components/schemas/Tree"}},
                "labels": {"type": "object", "additionalProperties": {"type": "string", "enum": ["a", "b"]}}
            }}
        }}
    }))
}

fn draws(pointer: &str, count: usize) -> Vec<Drawn> {
    let document = document();
    let validator = schema::validator(&document, pointer).unwrap();
    let mut rng = StdRng::seed_from_u64(7);
    let drawn: Vec<Drawn> =
        (0..count).map(|index| draw::draw(&document, pointer, &mut rng, Style::of_draw(index)).unwrap()).collect();
    let valid = drawn.iter().filter(|d| validator.is_valid(&d.value)).count();
    assert!(valid * 10 >= count * 9, "only {valid} of {count} instances of {pointer} are valid");
    drawn
}

#[test]
fn a_discriminated_union_gets_every_tag_of_every_branch() {
    let drawn = draws("#/components/schemas/Pet", 200);
    for tag in ["cat", "kitten", "dog"] {
        assert!(drawn.iter().any(|d| d.value["kind"] == tag), "no instance tagged {tag}");
    }
    assert!(drawn.iter().all(|d| d.value.get("lives").is_some() == (d.value["kind"] != "dog")));
}

#[test]
fn instances_have_nulls_formats_and_notes_for_the_comparison() {
    let drawn = draws("#/components/schemas/Cat", 200);
    let notes: Vec<&(String, Note)> = drawn.iter().flat_map(|d| &d.notes).collect();
    assert!(drawn.iter().any(|d| d.value["born"].is_null() && d.value.get("born").is_some()), "no explicit null");
    assert!(notes.iter().any(|(at, note)| at == "/born" && *note == Note::DateTime));
    let owner = Some("#/components/schemas/Cat".to_owned());
    assert!(notes.iter().any(|(at, note)| at == "/born" && *note == Note::OptionalNull { owner: owner.clone() }));
    assert!(notes.iter().any(|(_, note)| *note == Note::Undeclared), "no undeclared member");
    assert!(drawn.iter().all(|d| (1..=9).contains(&d.value["lives"].as_i64().unwrap())));
    let dogs = draws("#/components/schemas/Dog", 200);
    assert!(dogs.iter().all(|d| d
        .value
        .as_object()
        .unwrap()
        .keys()
        .all(|k| ["kind", "id", "weight"].contains(&k.as_str()))));
    assert!(dogs.iter().any(|d| d.value["id"].as_str().is_some_and(|id| id.chars().any(|c| c.is_ascii_uppercase()))));
}

#[test]
fn recursive_schemas_end_and_maps_draw_from_their_value_schema() {
    let drawn = draws("#/components/schemas/Tree", 100);
    assert!(drawn.iter().any(|d| d.value["children"]
        .as_array()
        .is_some_and(|c| c.iter().any(|c| !c["children"].as_array().unwrap().is_empty()))));
    let labels: Vec<&Value> =
        drawn.iter().filter_map(|d| d.value.get("labels")).flat_map(|l| l.as_object().unwrap().values()).collect();
    assert!(!labels.is_empty() && labels.iter().all(|l| *l == "a" || *l == "b"));
    assert!(drawn
        .iter()
        .flat_map(|d| &d.notes)
        .any(|(at, note)| at.starts_with("/labels/") && *note == Note::Additional));
}

#[test]
fn numbers_need_every_digit_and_reach_both_ends_of_the_exponent_range() {
    let mut rng = StdRng::seed_from_u64(3);
    let numbers: Vec<f64> =
        (0..2000).filter_map(|_| values::number(&mut rng, &values::Bounds::default()).ok()?.as_f64()).collect();
    let digits = |x: &f64| format!("{x:e}").chars().filter(char::is_ascii_digit).count();
    assert!(numbers.iter().any(|x| digits(x) >= 17 + 3), "no double needs 17 significant digits");
    assert!(numbers.iter().any(|x| x.abs() > 1e300) && numbers.iter().any(|x| *x != 0.0 && x.abs() < 1e-300));
}

fn variant(keep: bool) -> Variant {
    Variant {
        document: 0,
        keep_undeclared_members: keep,
        float_as_f32: false,
        crate_name: "roundtrip-pets".to_owned(),
        schema_types: vec![("#/components/schemas/Pet".to_owned(), "Pet".to_owned())],
        in_requests: HashMap::from([("Pet".to_owned(), false)]),
        files: Vec::new(),
    }
}

#[test]
fn a_missing_required_null_and_a_rejected_instance_are_failures_of_their_class() {
    let drawn = Drawn { value: json!({"name": "Rex", "owner": null}), notes: Vec::new() };
    let (class, returned, difference) =
        judge(&variant(false), &drawn, Returned::Encoded(r#"{"name":"Rex"}"#.to_owned())).unwrap_err();
    assert_eq!(class, Class::Lost(Loss::NullDropped));
    assert_eq!(returned, r#"{"name":"Rex"}"#);
    assert!(difference.starts_with("at /owner: "), "{difference}");
    let rejected =
        judge(&variant(false), &drawn, Returned::Rejected("missing field `age` at line 1 column 27".to_owned()))
            .unwrap_err();
    assert_eq!(rejected.0, Class::Rejected("missing field `…`".to_owned()));
    let crashed =
        judge(&variant(false), &drawn, Returned::Crashed("thread 'main' has overflowed its stack".to_owned()))
            .unwrap_err();
    assert_eq!(crashed.0, Class::Crashed);
}

#[test]
fn by_design_differences_are_told_apart_from_losses() {
    let notes = vec![
        ("/later".to_owned(), Note::Undeclared),
        ("/nick".to_owned(), Note::OptionalNull { owner: Some("#/components/schemas/Pet".to_owned()) }),
    ];
    let drawn = Drawn { value: json!({"name": "Rex", "nick": null, "later": 1}), notes };
    let back = Returned::Encoded(r#"{"name":"Rex"}"#.to_owned());
    assert_eq!(
        judge(&variant(false), &drawn, back.clone()),
        Ok(vec![ByDesign::NullReadAsAbsent, ByDesign::UndeclaredDropped])
    );
    assert_eq!(judge(&variant(true), &drawn, back).unwrap_err().0, Class::Lost(Loss::UndeclaredMemberLost));
}

#[test]
fn manifests_lose_exact_floats_only_where_they_asked_for_them() {
    let manifest =
        "[dependencies]\nserde = \"1\"\nserde_json = { version = \"1\", features = [\"float_roundtrip\"] }\n";
    assert_eq!(strip_exact_floats(manifest), Ok("[dependencies]\nserde = \"1\"\nserde_json = \"1\"\n".to_owned()));
    assert!(strip_exact_floats("[dependencies]\nserde_json = \"1\"\n").is_err());
    assert_eq!(innermost_type("Option<Vec<BTreeMap<String, Pet>>>"), "Pet");
}

/// Numbers of every kind, and an object that allows undeclared members.
const NUMBERS: &str = r#"
openapi: 3.0.3
info: {title: Numbers, version: "1"}
paths: {}
components:
  schemas:
    Reading:
      type: object
      required: [value]
      properties:
        value: {type: number, format: double}
        history: {type: array, items: {type: number}}
        scale: {type: number, format: float}
"#;

fn probe(prefix: &'static str, strip_exact_floats: bool) -> Report {
    let sources =
        vec![Source { name: "numbers".to_owned(), text: NUMBERS.to_owned(), settings: None, both_settings: true }];
    let options = Options { seed: 1, instances: 48, prefix, strip_exact_floats };
    check(&sources, &options).unwrap_or_else(|e| panic!("{e}"))
}

/// The whole check, on a real generated crate in the scratch workspace: it
/// passes as the generator is, and reports changed numbers when the
/// generated crate's `float_roundtrip` feature is taken away.
#[test]
fn the_check_reports_changed_numbers_when_floats_are_not_parsed_exactly() {
    let exact = probe("roundtrip-probe-exact-", false);
    let shown: Vec<String> = exact
        .failures
        .iter()
        .map(|f| format!("{:?}: {} -> {} {}", f.class, f.instance, f.returned, f.difference))
        .collect();
    assert!(exact.failures.is_empty(), "exact parsing lost data:\n{}", shown.join("\n"));
    let [default, keep] = exact.tallies.as_slice() else { panic!("two variants") };
    assert!(
        default.round_trips >= 40 && default.by_design.get(&ByDesign::UndeclaredDropped).is_some_and(|n| *n > 0),
        "{default:?}"
    );
    assert!(keep.by_design.is_empty() && keep.lossless == keep.round_trips, "{keep:?}");

    let inexact = probe("roundtrip-probe-inexact-", true);
    let changed = inexact.failures.iter().filter(|f| f.class == Class::Lost(Loss::NumberChanged)).count();
    assert!(changed > 0, "no changed number reported without float_roundtrip");
    assert!(inexact.failures.iter().all(|f| f.class == Class::Lost(Loss::NumberChanged)), "{:?}", inexact.failures);
    println!(
        "without float_roundtrip: {changed} of {} round trips changed a number",
        inexact.tallies.iter().map(|t| t.round_trips).sum::<usize>()
    );
}
