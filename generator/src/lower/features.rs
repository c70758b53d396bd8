//! One Cargo feature per tag, so that a user compiles only the operations
//! of the tags they use and the types those reach.
//!
//! An operation is compiled when the feature of any of its tags is on; an
//! operation without tags belongs to the `untagged` feature. A type is
//! compiled when any feature of an operation that reaches it (through its
//! parameters, body, responses and response headers, and the types inside
//! those) is on; the types no operation reaches (component schemas for
//! webhooks, say) belong to the `other-types` feature, as do the types
//! inside them. `default` turns on every feature.

use super::presence;
use crate::ir::{Feature, Features, Operation, TypeDef, TypeRef};
use crate::naming;

/// The feature of operations without tags.
const UNTAGGED: &str = "untagged";
/// The feature of types that no operation reaches.
const OTHER_TYPES: &str = "other-types";
/// Names a tag's feature cannot have: Cargo's `default`, the two features
/// above, and the dependencies of a generated crate (Cargo refuses a
/// feature named like a dependency).
pub(crate) const RESERVED: &[&str] = &[
    "default",
    UNTAGGED,
    OTHER_TYPES,
    "bytes",
    "chrono",
    "erased-serde",
    "futures-util",
    "httpdate",
    "percent-encoding",
    "reqwest",
    "rustls",
    "serde",
    "serde_json",
    "tokio",
    "tracing",
    "uuid",
];

/// What a feature compiles.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind<'a> {
    Tag(&'a str),
    Untagged,
    OtherTypes,
}

/// The features of a crate with `operations` and `types`.
pub(super) fn per_tag<'o>(operations: &'o [Operation], types: &[TypeDef]) -> Features {
    let mut kinds: Vec<Kind<'o>> = Vec::new();
    let mut index_of = |kind: Kind<'o>| match kinds.iter().position(|known| *known == kind) {
        Some(index) => index,
        None => {
            kinds.push(kind);
            kinds.len() - 1
        }
    };
    let of_operations: Vec<Vec<usize>> = operations
        .iter()
        .map(|op| {
            let mut of_op: Vec<usize> = op.tags.iter().map(|tag| index_of(Kind::Tag(tag))).collect();
            if of_op.is_empty() {
                of_op.push(index_of(Kind::Untagged));
            }
            of_op.sort_unstable();
            of_op.dedup();
            of_op
        })
        .collect();
    let mut of_types: Vec<Vec<usize>> = vec![Vec::new(); types.len()];
    let mut reached = vec![false; types.len()];
    for (op, of_op) in operations.iter().zip(&of_operations) {
        reached.fill(false);
        for ty in op.mentioned_types() {
            presence::mark(types, ty, &mut reached);
        }
        for (of_type, _) in of_types.iter_mut().zip(&reached).filter(|(_, reached)| **reached) {
            of_type.extend(of_op);
        }
    }
    // The types no operation reaches, and the types inside them.
    reached.fill(false);
    for (id, _) in of_types.iter().enumerate().filter(|(_, of_type)| of_type.is_empty()) {
        presence::mark(types, &TypeRef::Named(id), &mut reached);
    }
    if reached.contains(&true) {
        let other_types = index_of(Kind::OtherTypes);
        for (of_type, _) in of_types.iter_mut().zip(&reached).filter(|(_, reached)| **reached) {
            of_type.push(other_types);
        }
    }
    for of_type in &mut of_types {
        of_type.sort_unstable();
        of_type.dedup();
    }
    let mut header_components: Vec<(String, Vec<usize>)> = Vec::new();
    for (op, of_op) in operations.iter().zip(&of_operations) {
        for component in op.errors.iter().filter_map(|case| case.headers.as_ref()?.component.as_ref()) {
            match header_components.iter_mut().find(|(known, _)| known == component) {
                Some((_, features)) => features.extend(of_op),
                None => header_components.push((component.clone(), of_op.clone())),
            }
        }
    }
    for (_, features) in &mut header_components {
        features.sort_unstable();
        features.dedup();
    }
    Features { features: name(&kinds), operations: of_operations, types: of_types, header_components }
}

/// The features' names and docs. A tag's name is its kebab-case; when that
/// is reserved it gets `-tag`, and when an earlier tag has it, `-2`, `-3`, ...
fn name(kinds: &[Kind<'_>]) -> Vec<Feature> {
    let mut taken: Vec<String> = Vec::new();
    kinds
        .iter()
        .map(|kind| match kind {
            Kind::Untagged => Feature { name: UNTAGGED.to_owned(), doc: "The operations without a tag.".to_owned() },
            Kind::OtherTypes => {
                Feature { name: OTHER_TYPES.to_owned(), doc: "The types of schemas no operation uses.".to_owned() }
            }
            Kind::Tag(tag) => {
                let mut base = naming::feature_name(tag);
                if RESERVED.contains(&base.as_str()) {
                    base.push_str("-tag");
                }
                let mut name = base.clone();
                let mut counter = 2;
                while taken.contains(&name) {
                    name = format!("{base}-{counter}");
                    counter += 1;
                }
                taken.push(name.clone());
                Feature {
                    name,
                    doc: format!("The operations tagged `{}`.", tag.replace('`', "'").replace(['\n', '\r'], " ")),
                }
            }
        })
        .collect()
}
