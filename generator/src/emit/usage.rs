//! Where each named type is first used, as a sentence with links: the
//! fallback docs of a type whose schema has no description.
//!
//! Computed once per crate, in a fixed order (operations as listed, then
//! types as listed), so the sentence never depends on anything but the IR.

use crate::ir::{Api, TypeKind, TypeRef};

/// For each type id, the sentence that says where it is used, if anywhere:
/// "Request body of [`Client::end_call`].", "Returned by [`Client::get_teams`].",
/// "Item of [`TeamListResponse::teams`]." and the like.
pub(crate) fn first_uses(api: &Api) -> Vec<Option<String>> {
    let mut uses: Vec<Option<String>> = vec![None; api.types.len()];
    // `direct`: the sentence when the type itself is used; `noun`: what a
    // list or map of it is, for "Item of <noun>." and "Value of <noun>.".
    let mut note = |ty: &TypeRef, direct: String, noun: String| {
        if let Some((id, wrapper)) = named(ty) {
            uses[id].get_or_insert_with(|| if wrapper.is_empty() { direct } else { format!("{wrapper}{noun}.") });
        }
    };
    for op in &api.operations {
        let method = format!("[`Client::{0}`](crate::Client::{0})", op.rust_name);
        if let Some(body) = &op.body {
            for ty in body.types() {
                note(ty, format!("Request body of {method}."), format!("the request body of {method}"));
            }
        }
        for case in &op.success {
            note(&case.ty, format!("Returned by {method}."), format!("the response of {method}"));
        }
        for case in &op.errors {
            let variant = &case.variant;
            note(
                &case.ty,
                format!("Error body of {method} ({variant})."),
                format!("the {variant} error body of {method}"),
            );
        }
        for param in &op.params {
            let phrase = format!("the `{}` parameter of {method}", param.wire_name);
            note(&param.ty, format!("The type of {phrase}."), phrase);
        }
    }
    for def in &api.types {
        let parent = crate::naming::unraw(&def.name);
        match &def.kind {
            TypeKind::Struct(s) => {
                for field in &s.fields {
                    let link = format!("[`{parent}::{}`]", crate::naming::unraw(&field.rust_name));
                    note(&field.ty, format!("The type of {link}."), link);
                }
            }
            TypeKind::Union(u) => {
                for variant in &u.variants {
                    if let Some(ty) = variant.ty() {
                        let link = format!("[`{parent}::{}`]", crate::naming::unraw(&variant.rust_name));
                        note(ty, format!("The value of the {link} variant."), format!("the {link} variant"));
                    }
                }
            }
            TypeKind::Alias(target) => note(target, format!("The type [`{parent}`] names."), format!("[`{parent}`]")),
            _ => {}
        }
    }
    uses
}

/// The named type a reference holds, with how it is held: "" for the type
/// itself, "Item of " in a list, "Value of " in a map (an `Option` is the
/// type itself).
fn named(ty: &TypeRef) -> Option<(usize, &'static str)> {
    match ty {
        TypeRef::Named(id) => Some((*id, "")),
        TypeRef::Option(inner) => named(inner),
        TypeRef::Vec(inner) => named(inner).map(|(id, _)| (id, "Item of ")),
        TypeRef::Map(inner) => named(inner).map(|(id, _)| (id, "Value of ")),
        _ => None,
    }
}
