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

/// The text without spaces, so that token spacing does not matter.
fn squeeze(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
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
fn every_case_records_the_traits_and_inherent_items_its_code_has() {
    let mut problems = Vec::new();
    let mut checked = 0;
    for case in find_cases(&cases_dir()) {
        let spec = fs::read_to_string(&case).expect("case reads");
        let Ok(generated) = openapi_xtask::generate(&spec, &settings_for(&case)) else { continue };
        let file = |path: &str| generated.files.iter().find(|f| f.path == path).map(|f| f.contents.as_str());
        let description = ApiDescription::from_json(file(DESCRIPTION_PATH).expect("api.json is generated"))
            .expect("api.json reads back");
        problems.extend(mismatches(case_name(&case), &description, file("src/types.rs").unwrap_or("")));
        checked += description.types.len();
    }
    assert!(checked > 300, "only {checked} types checked: the cases went missing");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn checked_in_crates_record_the_traits_and_inherent_items_their_code_has() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("the generator is in the workspace");
    for krate in ["generated-client", "fixture-client", "reference-client"] {
        let read = |path: &str| fs::read_to_string(root.join(krate).join(path)).expect("checked-in file reads");
        let description = ApiDescription::from_json(&read(DESCRIPTION_PATH)).expect("api.json reads back");
        let problems = mismatches(krate, &description, &read("src/types.rs"));
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }
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
