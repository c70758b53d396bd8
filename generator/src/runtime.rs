//! The runtime every generated crate embeds, and what it means for naming.
//!
//! The files are the `openapi-xtask-runtime` crate's sources (`templates/`),
//! copied verbatim. The name lists say what the runtime puts beside the
//! generated code: types the generated modules import or the crate root
//! re-exports, and the methods of the builders that generated methods join.
//! A generated name equal to one of them would shadow it or collide with it,
//! so lower reserves them. The tests read the lists back from the sources,
//! so they cannot fall behind the runtime.

/// The support modules, the same in every generated crate: the runtime's
/// root and one submodule per subject, then `values` (how JSON values map
/// to the generated types).
pub(crate) const FILES: [(&str, &str); 14] = [
    ("src/runtime.rs", include_str!("../templates/runtime.rs")),
    ("src/runtime/body.rs", include_str!("../templates/runtime/body.rs")),
    ("src/runtime/client.rs", include_str!("../templates/runtime/client.rs")),
    ("src/runtime/credentials.rs", include_str!("../templates/runtime/credentials.rs")),
    ("src/runtime/error.rs", include_str!("../templates/runtime/error.rs")),
    ("src/runtime/excerpt.rs", include_str!("../templates/runtime/excerpt.rs")),
    ("src/runtime/execute.rs", include_str!("../templates/runtime/execute.rs")),
    ("src/runtime/options.rs", include_str!("../templates/runtime/options.rs")),
    ("src/runtime/pagination.rs", include_str!("../templates/runtime/pagination.rs")),
    ("src/runtime/param.rs", include_str!("../templates/runtime/param.rs")),
    ("src/runtime/request.rs", include_str!("../templates/runtime/request.rs")),
    ("src/runtime/response.rs", include_str!("../templates/runtime/response.rs")),
    ("src/runtime/response_headers.rs", include_str!("../templates/runtime/response_headers.rs")),
    ("src/values.rs", include_str!("../templates/values.rs")),
];

/// What a generated crate's root re-exports from the runtime, in this order
/// (the runtime crate's `lib.rs` re-exports the same, for the docs' links).
pub(crate) const ROOT_EXPORTS: &[&str] = &[
    "ApiError",
    "BuildError",
    "CallOptions",
    "CallSite",
    "Client",
    "ClientBuilder",
    "DecodeError",
    "Error",
    "FromHeaders",
    "HeaderError",
    "InvalidRequest",
    "PaginationError",
    "RawResponse",
    "RequestOptions",
    "Response",
    "ResponseFuture",
    "RetryPolicy",
    "Secret",
    "Timeout",
    "DEFAULT_DEADLINE",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "DEFAULT_TIMEOUT",
    "MAX_EMPTY_PAGES",
];

/// The header and status types of `reqwest` a generated crate's root re-exports.
pub(crate) const ROOT_HTTP_EXPORTS: &[&str] = &["HeaderMap", "HeaderName", "HeaderValue", "StatusCode"];

/// What a generated crate's root re-exports from `values.rs`.
pub(crate) const ROOT_VALUE_EXPORTS: &[&str] = &["Nullable"];

/// Every type and trait `runtime.rs` exports (to the crate root or to the
/// generated modules), and `values`'s `Nullable`, which `types.rs` imports.
pub(crate) const TYPE_NAMES: &[&str] = &[
    "ApiError",
    "ArrayStyle",
    "BuildError",
    "Bytes",
    "CallOptions",
    "CallSite",
    "Client",
    "ClientBuilder",
    "Credential",
    "DecodeError",
    "Error",
    "FromHeaders",
    "HeaderError",
    "HeaderMap",
    "HeaderName",
    "HeaderValue",
    "InvalidRequest",
    "Method",
    "Multipart",
    "Nullable",
    "PaginationError",
    "ParamValue",
    "RawResponse",
    "Request",
    "RequestOptions",
    "Response",
    "ResponseFuture",
    "RetryPolicy",
    "Scheme",
    "SchemeKind",
    "Secret",
    "StatusCode",
    "Timeout",
];

/// The methods of the runtime's `impl Client` blocks (an operation's method
/// of the same name would not compile), and `clone`, which would shadow
/// `Clone::clone`.
pub(crate) const CLIENT_METHODS: &[&str] =
    &["attempt", "authorize", "base_url", "call", "clone", "execute", "page_url", "prepare", "request"];

/// The methods of the runtime's `impl ClientBuilder`, beside which the
/// generated crate adds one per security scheme.
pub(crate) const CLIENT_BUILDER_METHODS: &[&str] = &[
    "base_url",
    "build",
    "credential",
    "deadline",
    "http_client",
    "max_response_bytes",
    "new",
    "require_credentials",
    "retry",
    "timeout",
    "user_agent_suffix",
];

/// The methods of `CallOptions` (also inherent on every request builder),
/// beside which a builder has one setter per optional parameter.
pub(crate) const CALL_OPTION_METHODS: &[&str] = &["deadline", "header", "options_mut", "retry", "timeout"];

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn file(path: &str) -> syn::File {
        let (_, text) = FILES.iter().find(|(p, _)| *p == path).expect("a runtime file");
        syn::parse_file(text).unwrap_or_else(|e| panic!("{path} does not parse: {e}"))
    }

    /// The names a `use` tree brings into scope (`a::{B, c::D as E}` -> B, E).
    fn use_names(tree: &syn::UseTree, out: &mut BTreeSet<String>) {
        match tree {
            syn::UseTree::Path(path) => use_names(&path.tree, out),
            syn::UseTree::Name(name) => {
                out.insert(name.ident.to_string());
            }
            syn::UseTree::Rename(rename) => {
                out.insert(rename.rename.to_string());
            }
            syn::UseTree::Group(group) => group.items.iter().for_each(|item| use_names(item, out)),
            syn::UseTree::Glob(_) => panic!("runtime.rs exports by glob: its names cannot be listed"),
        }
    }

    /// The names of the methods in every `impl <self_type>` block (not
    /// trait impls) of every runtime file.
    fn inherent_methods(self_type: &str) -> BTreeSet<String> {
        let mut methods = BTreeSet::new();
        for (path, _) in &FILES {
            for item in file(path).items {
                let syn::Item::Impl(block) = item else { continue };
                let is_self = matches!(&*block.self_ty, syn::Type::Path(p) if p.path.is_ident(self_type));
                if block.trait_.is_some() || !is_self {
                    continue;
                }
                for item in block.items {
                    if let syn::ImplItem::Fn(method) = item {
                        methods.insert(method.sig.ident.to_string());
                    }
                }
            }
        }
        methods
    }

    fn set(names: &[&str]) -> BTreeSet<String> {
        names.iter().map(|name| (*name).to_owned()).collect()
    }

    #[test]
    fn root_exports_are_the_runtime_crates() {
        let lib = syn::parse_file(include_str!("../templates/lib.rs")).expect("the runtime crate's lib.rs parses");
        let groups: Vec<Vec<String>> = lib
            .items
            .iter()
            .filter_map(|item| match item {
                syn::Item::Use(item) if matches!(&item.tree, syn::UseTree::Path(p) if p.ident == "runtime") => {
                    let mut names = Vec::new();
                    use_names_in_order(&item.tree, &mut names);
                    Some(names)
                }
                _ => None,
            })
            .collect();
        let expected: Vec<Vec<String>> = [ROOT_EXPORTS, ROOT_HTTP_EXPORTS]
            .iter()
            .map(|names| names.iter().map(|name| (*name).to_owned()).collect())
            .collect();
        assert_eq!(groups, expected);
    }

    fn use_names_in_order(tree: &syn::UseTree, out: &mut Vec<String>) {
        let mut names = BTreeSet::new();
        match tree {
            syn::UseTree::Path(path) => use_names_in_order(&path.tree, out),
            syn::UseTree::Group(group) => group.items.iter().for_each(|item| use_names_in_order(item, out)),
            leaf => {
                use_names(leaf, &mut names);
                out.extend(names);
            }
        }
    }

    /// The lines of a manifest's `[dependencies]` table.
    fn dependency_lines(manifest: &str) -> BTreeSet<&str> {
        let table = manifest.split("\n[dependencies]\n").nth(1).expect("a [dependencies] table");
        table.lines().take_while(|line| !line.starts_with('[')).filter(|line| line.contains(" = ")).collect()
    }

    /// Every type a generated module imports from the runtime is reserved,
    /// so no generated type can shadow it (checked on ReAdmin and the
    /// fixture, which between them use every runtime feature).
    #[test]
    fn every_runtime_type_the_generated_modules_import_is_reserved() {
        let specs = [include_str!("../../spec/readmin.yaml"), include_str!("../../spec/fixture.yaml")];
        let mut imported = BTreeSet::new();
        for spec in specs {
            let generated = crate::generate(spec, &crate::Settings::new("check")).expect("the spec generates");
            for file in generated.files.iter().filter(|f| f.path.ends_with(".rs") && !f.path.starts_with("src/runtime"))
            {
                let parsed = syn::parse_file(&file.contents).expect("generated code parses");
                for item in parsed.items {
                    if let syn::Item::Use(item) = item {
                        let mut names = BTreeSet::new();
                        if let syn::UseTree::Path(path) = &item.tree {
                            if path.ident == "crate" {
                                if let syn::UseTree::Path(inner) = &*path.tree {
                                    if inner.ident == "runtime" {
                                        use_names(&inner.tree, &mut names);
                                    }
                                }
                            }
                        }
                        imported.extend(names);
                    }
                }
            }
        }
        imported.retain(|name| name.starts_with(|c: char| c.is_ascii_uppercase()));
        assert!(imported.len() > 10, "too few imports found: {imported:?}");
        let unreserved: Vec<&String> = imported.iter().filter(|name| !TYPE_NAMES.contains(&name.as_str())).collect();
        assert!(unreserved.is_empty(), "imported from the runtime but not reserved: {unreserved:?}");
    }

    #[test]
    fn the_runtime_crate_compiles_the_embedded_files() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let manifest = std::fs::read_to_string(root.join("runtime/Cargo.toml")).expect("the runtime crate's manifest");
        assert!(manifest.contains("\n[lib]\npath = \"../templates/lib.rs\"\n"), "{manifest}");
        for (path, embedded) in &FILES {
            let source = root.join("templates").join(path.trim_start_matches("src/"));
            let on_disk = std::fs::read_to_string(&source).expect("a runtime source");
            assert_eq!(*embedded, on_disk, "{} differs from what the generator embeds", source.display());
        }
        let declared: BTreeSet<String> = file("src/runtime.rs")
            .items
            .iter()
            .filter_map(|item| match item {
                syn::Item::Mod(module) => Some(format!("src/runtime/{}.rs", module.ident)),
                _ => None,
            })
            .collect();
        let embedded: BTreeSet<String> =
            FILES.iter().map(|(path, _)| (*path).to_owned()).filter(|p| p.starts_with("src/runtime/")).collect();
        assert_eq!(declared, embedded, "runtime.rs's modules are not the files embedded");
        // The crate builds the files with the generated crates' own dependency lines.
        let generated =
            std::fs::read_to_string(root.join("../generated-client/Cargo.toml")).expect("a generated manifest");
        let missing: Vec<_> = dependency_lines(&manifest).difference(&dependency_lines(&generated)).copied().collect();
        assert!(missing.is_empty(), "generated crates do not depend on {missing:?} as the runtime crate does");
    }

    #[test]
    fn type_names_are_what_runtime_rs_exports() {
        let mut exported = BTreeSet::new();
        for item in file("src/runtime.rs").items {
            if let syn::Item::Use(item) = item {
                use_names(&item.tree, &mut exported);
            }
        }
        // Constants (`DEFAULT_TIMEOUT`) and functions cannot clash with a type.
        exported.retain(|name| name.starts_with(|c: char| c.is_ascii_uppercase()) && name.contains(char::is_lowercase));
        exported.insert("Nullable".to_owned());
        assert_eq!(set(TYPE_NAMES), exported);
    }

    #[test]
    fn method_lists_are_the_runtimes_methods() {
        let mut client = inherent_methods("Client");
        client.insert("clone".to_owned());
        assert_eq!(set(CLIENT_METHODS), client);
        assert_eq!(set(CLIENT_BUILDER_METHODS), inherent_methods("ClientBuilder"));
        let call_options = file("src/runtime/options.rs")
            .items
            .into_iter()
            .find_map(|item| match item {
                syn::Item::Trait(t) if t.ident == "CallOptions" => Some(t),
                _ => None,
            })
            .expect("the CallOptions trait");
        let trait_methods: BTreeSet<String> = call_options
            .items
            .iter()
            .filter_map(|item| match item {
                syn::TraitItem::Fn(method) => Some(method.sig.ident.to_string()),
                _ => None,
            })
            .collect();
        assert_eq!(set(CALL_OPTION_METHODS), trait_methods);
    }
}
