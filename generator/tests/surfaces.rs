//! `api.json` records each type's traits and inherent items, and the API
//! change report compares them; these tests read the generated `types.rs`
//! of every snapshot case and of the checked-in crates with `syn` and check
//! that the record is what the code has, derives and hand-written impls
//! alike. Without that, a derive dropped from the emitter would leave the
//! record, and the report, unchanged.

mod support;

use openapi_xtask::describe::{ApiDescription, DESCRIPTION_PATH};
use quote::ToTokens;
use std::collections::BTreeMap;
use std::fs;
use std::path::Path;
use support::{case_name, cases_dir, find_cases, settings_for};

/// Traits the generated code implements that callers cannot name: the
/// struct reader's (`crate::values`, crate-private) and the runtime's
/// parameter encoding (a private module's).
const CRATE_PRIVATE_TRAITS: [&str; 2] = ["FromObject", "ParamValue"];

/// What the code of one type offers, as the description writes it.
#[derive(Debug, Default, PartialEq, Eq)]
struct Found {
    traits: Vec<String>,
    inherent: Vec<String>,
}

/// Reads the surface of every type declared in `types.rs`.
fn surfaces_in(code: &str) -> BTreeMap<String, Found> {
    let file = syn::parse_file(code).unwrap_or_else(|e| panic!("types.rs does not parse: {e}"));
    let mut found: BTreeMap<String, Found> = BTreeMap::new();
    for item in &file.items {
        match item {
            syn::Item::Struct(s) => record_derives(found.entry(unraw(&s.ident)).or_default(), &s.attrs),
            syn::Item::Enum(e) => record_derives(found.entry(unraw(&e.ident)).or_default(), &e.attrs),
            syn::Item::Type(alias) => {
                found.entry(unraw(&alias.ident)).or_default();
            }
            syn::Item::Impl(block) => {
                let Some(name) = self_type(&block.self_ty) else { continue };
                match &block.trait_ {
                    Some((_, path, _)) => {
                        let segment = path.segments.last().expect("a trait path has a segment");
                        if !CRATE_PRIVATE_TRAITS.contains(&segment.ident.to_string().as_str()) {
                            found.entry(name).or_default().traits.push(trait_text(segment));
                        }
                    }
                    None => {
                        found.entry(name).or_default().inherent.extend(block.items.iter().filter_map(public_signature))
                    }
                }
            }
            _ => {}
        }
    }
    for surface in found.values_mut() {
        surface.traits.sort();
    }
    found
}

/// What serde's derives make with `#[serde(remote = "Self")]`: inherent
/// functions instead of the trait impls (which the code then writes itself).
const REMOTE_SELF: [(&str, &str); 2] = [
    ("Serialize", "fn serialize<S: serde::Serializer>(value: &Self, serializer: S) -> Result<S::Ok, S::Error>"),
    ("Deserialize", "fn deserialize<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error>"),
];

/// The derives of a type, as traits or, for serde's with `remote = "Self"`,
/// as the inherent functions they make.
fn record_derives(found: &mut Found, attrs: &[syn::Attribute]) {
    let mut derives = Vec::new();
    let mut remote_self = false;
    for attr in attrs {
        if attr.path().is_ident("derive") {
            attr.parse_nested_meta(|meta| {
                derives.push(meta.path.segments.last().expect("a derive names a trait").ident.to_string());
                Ok(())
            })
            .expect("derive lists parse");
        } else if attr.path().is_ident("serde") {
            remote_self |= attr.to_token_stream().to_string().replace(' ', "").contains("remote=\"Self\"");
        }
    }
    for derive in derives {
        match REMOTE_SELF.iter().find(|(name, _)| remote_self && *name == derive) {
            Some((_, function)) => found.inherent.push((*function).to_owned()),
            None => found.traits.push(derive),
        }
    }
}

/// `Name` of `impl .. for Name`, when it is a type of the module (not
/// `uuid::Uuid`).
fn self_type(ty: &syn::Type) -> Option<String> {
    match ty {
        syn::Type::Path(path) if path.qself.is_none() && path.path.segments.len() == 1 => {
            Some(unraw(&path.path.segments[0].ident))
        }
        _ => None,
    }
}

/// `Trait` or `Trait<Arg>`: type arguments kept, lifetimes dropped.
fn trait_text(segment: &syn::PathSegment) -> String {
    let name = segment.ident.to_string();
    let syn::PathArguments::AngleBracketed(arguments) = &segment.arguments else { return name };
    let types: Vec<String> = arguments
        .args
        .iter()
        .filter_map(|argument| match argument {
            syn::GenericArgument::Type(ty) => Some(squeeze(&ty.to_token_stream().to_string())),
            _ => None,
        })
        .collect();
    if types.is_empty() {
        name
    } else {
        format!("{name}<{}>", types.join(", "))
    }
}

/// The signature of a public function or constant of an inherent impl.
fn public_signature(item: &syn::ImplItem) -> Option<String> {
    match item {
        syn::ImplItem::Fn(function) if matches!(function.vis, syn::Visibility::Public(_)) => {
            Some(function.sig.to_token_stream().to_string())
        }
        syn::ImplItem::Const(constant) if matches!(constant.vis, syn::Visibility::Public(_)) => {
            let (name, ty) = (&constant.ident, &constant.ty);
            Some(format!("const {name}: {}", ty.to_token_stream()))
        }
        _ => None,
    }
}

fn unraw(ident: &syn::Ident) -> String {
    let name = ident.to_string();
    name.strip_prefix("r#").map_or(name.clone(), str::to_owned)
}

/// The text without spaces and trailing commas, so that the formatting of
/// a long signature over several lines does not matter.
fn squeeze(text: &str) -> String {
    let text: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    text.replace(",)", ")").replace(",>", ">").replace(",]", "]")
}

/// The mismatches between `description` and the code of its `types.rs`.
fn mismatches(label: &str, description: &ApiDescription, code: &str) -> Vec<String> {
    let mut found = surfaces_in(code);
    let mut problems = Vec::new();
    for ty in &description.types {
        let Some(code) = found.remove(&ty.name) else {
            problems.push(format!("{label}: `{}` is described but not declared in types.rs", ty.name));
            continue;
        };
        let Some(traits) = &ty.traits else {
            problems.push(format!("{label}: `{}` has no recorded traits", ty.name));
            continue;
        };
        if *traits != code.traits {
            problems.push(format!(
                "{label}: `{}` is recorded with traits {traits:?}, the code has {:?}",
                ty.name, code.traits
            ));
        }
        let mut recorded: Vec<String> = ty.inherent.iter().map(|s| squeeze(s)).collect();
        let mut written: Vec<String> = code.inherent.iter().map(|s| squeeze(s)).collect();
        recorded.sort();
        written.sort();
        if recorded != written {
            problems.push(format!(
                "{label}: `{}` is recorded with inherent items {:?}, the code has {:?}",
                ty.name, ty.inherent, code.inherent
            ));
        }
    }
    problems.extend(found.keys().map(|name| format!("{label}: `{name}` is declared in types.rs but not described")));
    problems
}

#[test]
fn serde_remote_self_counts_as_inherent_functions() {
    let code = r#"
        #[derive(Debug, Serialize, Deserialize)]
        #[serde(remote = "Self")]
        pub struct Old { pub a: i64 }
        #[derive(Debug, Serialize)]
        pub struct New { pub a: i64 }
        impl<'de> Deserialize<'de> for New { fn deserialize<D>(d: D) -> Result<Self, D::Error> { todo!() } }
        impl<'de> crate::values::FromObject<'de> for New {}
        impl From<&str> for New { fn from(_: &str) -> Self { todo!() } }
    "#;
    let found = surfaces_in(code);
    assert_eq!(found["Old"].traits, ["Debug"]);
    assert_eq!(found["Old"].inherent, REMOTE_SELF.map(|(_, function)| function));
    assert_eq!(found["New"].traits, ["Debug", "Deserialize", "From<&str>", "Serialize"]);
    assert!(found["New"].inherent.is_empty());
}

/// The items `call_options!(Builder)` gives a builder, read from the
/// runtime's macro with `$builder` and `$crate` put in.
fn call_options_items(builder: &str) -> Vec<syn::Item> {
    let options = include_str!("../templates/runtime/options.rs");
    let file = syn::parse_file(options).expect("the runtime parses");
    let body = file
        .items
        .iter()
        .find_map(|item| match item {
            syn::Item::Macro(m) if m.ident.as_ref().is_some_and(|i| i == "call_options") => Some(m.mac.tokens.clone()),
            _ => None,
        })
        .expect("the runtime defines call_options!");
    // `($builder:ident) => { .. };`: the items are inside the arm's braces.
    let arm = body.into_iter().find_map(|tree| match tree {
        proc_macro2::TokenTree::Group(group) if group.delimiter() == proc_macro2::Delimiter::Brace => {
            Some(group.stream())
        }
        _ => None,
    });
    let text =
        arm.expect("call_options! has an arm").to_string().replace("$ crate", "crate").replace("$ builder", builder);
    syn::parse_file(&text).expect("call_options! expands to items").items
}

/// The builders' common surface as the code of each operation has it, with
/// the operation's own types put back as `R`, `E` and `T`.
fn builder_mismatches(label: &str, description: &ApiDescription, code: &str) -> Vec<String> {
    let recorded = description.request_builders.as_ref().expect("the builders are recorded");
    let file = syn::parse_file(code).unwrap_or_else(|e| panic!("operations.rs does not parse: {e}"));
    let mut problems = Vec::new();
    for op in &description.operations {
        let mut items: Vec<syn::Item> = file.items.clone();
        items.extend(call_options_items(&op.builder));
        let setters: Vec<&str> =
            op.params.iter().filter(|p| !p.required).map(|p| p.name.as_str()).chain(["body"]).collect();
        let (mut traits, mut inherent, mut associated) = (Vec::new(), Vec::new(), Vec::new());
        for item in &items {
            match item {
                syn::Item::Struct(s) if unraw(&s.ident) == op.builder => {
                    let mut found = Found::default();
                    record_derives(&mut found, &s.attrs);
                    traits.extend(found.traits);
                }
                syn::Item::Impl(block) if self_type(&block.self_ty).as_deref() == Some(op.builder.as_str()) => {
                    match &block.trait_ {
                        Some((_, path, _)) => {
                            let segment = path.segments.last().expect("a trait path has a segment");
                            let name = trait_text(segment);
                            for item in &block.items {
                                if let syn::ImplItem::Type(ty) = item {
                                    associated.push(format!("{name}::{} = {}", ty.ident, ty.ty.to_token_stream()));
                                }
                            }
                            traits.push(name);
                        }
                        None => inherent.extend(
                            block
                                .items
                                .iter()
                                .filter(|item| !matches!(item, syn::ImplItem::Fn(f) if setters.contains(&unraw(&f.sig.ident).as_str())))
                                .filter_map(public_signature),
                        ),
                    }
                }
                _ => {}
            }
        }
        let response = match &op.headers {
            Some(headers) => format!("Response<{}, {}>", op.response, headers.name),
            None => format!("Response<{}>", op.response),
        };
        let placed = |text: &str| {
            let mut text = squeeze(text).replace("crate::runtime::", "").replace("(mutself", "(self");
            text = text.replace(&squeeze(&response), "R").replace(&squeeze(&op.error), "E");
            if let Some(item) = &op.stream {
                text = text.replace(&format!("Result<{},", squeeze(item)), "Result<T,");
            }
            text
        };
        let sorted = |items: Vec<String>| {
            let mut items: Vec<String> = items.iter().map(|item| placed(item)).collect();
            items.sort();
            items
        };
        traits.sort();
        let mut expected_inherent = recorded.inherent.clone();
        expected_inherent.extend(op.stream.iter().map(|_| recorded.into_stream.clone()));
        let checks = [
            ("traits", sorted(recorded.traits.clone()), sorted(traits)),
            ("inherent items", sorted(expected_inherent), sorted(inherent)),
            ("associated types", sorted(recorded.associated.clone()), sorted(associated)),
        ];
        for (what, recorded, written) in checks {
            if recorded != written {
                problems.push(format!(
                    "{label}: `{}`'s {what} are recorded as {recorded:?}, the code has {written:?}",
                    op.builder
                ));
            }
        }
    }
    problems
}

/// A generated crate to check: its name, its description and the code of
/// `src/types.rs` and `src/operations.rs`.
struct Crate {
    label: String,
    description: ApiDescription,
    types: String,
    operations: String,
}

/// Every snapshot case that generates.
fn cases() -> Vec<Crate> {
    find_cases(&cases_dir())
        .iter()
        .filter_map(|case| {
            let spec = fs::read_to_string(case).expect("case reads");
            let generated = openapi_xtask::generate(&spec, &settings_for(case)).ok()?;
            let file = |path: &str| {
                generated.files.iter().find(|f| f.path == path).map_or_else(String::new, |f| f.contents.clone())
            };
            Some(Crate {
                label: case_name(case).to_owned(),
                description: ApiDescription::from_json(&file(DESCRIPTION_PATH)).expect("api.json reads back"),
                types: file("src/types.rs"),
                operations: file("src/operations.rs"),
            })
        })
        .collect()
}

/// The crates checked in beside the generator.
fn checked_in() -> Vec<Crate> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("the generator is in the workspace");
    ["generated-client", "fixture-client", "reference-client"]
        .into_iter()
        .map(|krate| {
            let read = |path: &str| fs::read_to_string(root.join(krate).join(path)).expect("checked-in file reads");
            Crate {
                label: krate.to_owned(),
                description: ApiDescription::from_json(&read(DESCRIPTION_PATH)).expect("api.json reads back"),
                types: read("src/types.rs"),
                operations: read("src/operations.rs"),
            }
        })
        .collect()
}

/// The success, error and header types of the operations against the
/// traits recorded for every one of them.
fn operation_type_mismatches(label: &str, description: &ApiDescription, code: &str) -> Vec<String> {
    let found = surfaces_in(code);
    let mut problems = Vec::new();
    for op in &description.operations {
        let enums = [
            (!op.response_variants.is_empty()).then_some(&op.response),
            (!op.error_variants.is_empty()).then_some(&op.error),
        ];
        let headers = op.headers.iter().chain(op.error_variants.iter().filter_map(|case| case.headers.as_ref()));
        let named = enums
            .into_iter()
            .flatten()
            .map(|name| (name, &description.response_enums))
            .chain(headers.map(|set| (&set.name, &description.header_structs)));
        for (name, recorded) in named {
            match found.get(name) {
                Some(code) if code.traits == *recorded => {}
                Some(code) => problems.push(format!(
                    "{label}: `{name}` is recorded with traits {recorded:?}, the code has {:?}",
                    code.traits
                )),
                None => problems.push(format!("{label}: `{name}` is not declared in operations.rs")),
            }
        }
    }
    problems
}

/// Every mismatch between the crates' records and their code.
fn all_mismatches(crates: &[Crate]) -> Vec<String> {
    crates
        .iter()
        .flat_map(|c| {
            let mut problems = mismatches(&c.label, &c.description, &c.types);
            problems.extend(builder_mismatches(&c.label, &c.description, &c.operations));
            problems.extend(operation_type_mismatches(&c.label, &c.description, &c.operations));
            problems
        })
        .collect()
}

#[test]
fn every_case_records_the_surfaces_its_code_has() {
    let cases = cases();
    let types: usize = cases.iter().map(|c| c.description.types.len()).sum();
    let operations: usize = cases.iter().map(|c| c.description.operations.len()).sum();
    let paginated = cases.iter().flat_map(|c| &c.description.operations).filter(|op| op.stream.is_some()).count();
    assert!(
        types > 300 && operations > 100 && paginated >= 5,
        "only {types} types and {operations} operations ({paginated} paginated) checked: the cases went missing"
    );
    let problems = all_mismatches(&cases);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn checked_in_crates_record_the_surfaces_their_code_has() {
    let problems = all_mismatches(&checked_in());
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
