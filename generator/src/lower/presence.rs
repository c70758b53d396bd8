//! Where each type is used, and how each struct field holds its value.
//!
//! A field that may be missing and may be `null` means two things only to a
//! request: "leave it as it is" and "clear it". A struct that only responses
//! contain gives the reader one `Option` (missing and `null` read alike);
//! one that requests contain gives the caller `Nullable<T>`, which can say
//! either. Constants are always written, so a struct built with
//! `Default::default()` still says which kind of value it is.

use crate::ir::{Operation, Presence, TypeDef, TypeKind, TypeRef, Usage, VariantValue};

/// Sets every type's [`Usage`] from the operations, then every field's
/// [`Presence`].
pub(super) fn decide(types: &mut [TypeDef], operations: &[Operation]) {
    let usage = usage(types, operations);
    for (def, usage) in types.iter_mut().zip(&usage) {
        def.usage = *usage;
    }
    let constants: Vec<bool> = (0..types.len()).map(|id| is_constant(types, &TypeRef::Named(id))).collect();
    let holds_null: Vec<bool> = (0..types.len()).map(|id| holds_null(types, &TypeRef::Named(id))).collect();
    for def in types.iter_mut() {
        let in_requests = def.usage.in_requests;
        let TypeKind::Struct(s) = &mut def.kind else { continue };
        for field in &mut s.fields {
            let named = |flags: &[bool]| matches!(field.ty, TypeRef::Named(id) if flags[id]);
            field.presence = match (field.required, field.ty.is_nullable()) {
                (true, _) => Presence::Required,
                (false, _) if named(&constants) => Presence::Defaulted,
                (false, _) if matches!(field.ty, TypeRef::Json | TypeRef::Unit) || named(&holds_null) => {
                    Presence::OptionalValue
                }
                (false, true) if in_requests => Presence::Nullable,
                (false, _) => Presence::Optional,
            };
        }
    }
}

/// Whether `ty` holds `null` as a value of its own (`serde_json::Value`,
/// `()`, or a union with a variant that does), seen through aliases.
fn holds_null(types: &[TypeDef], ty: &TypeRef) -> bool {
    holds_null_within(types, ty, types.len())
}

/// [`holds_null`] within `budget` named types, so that recursive unions end.
fn holds_null_within(types: &[TypeDef], ty: &TypeRef, budget: usize) -> bool {
    match ty {
        TypeRef::Json | TypeRef::Unit => true,
        TypeRef::Named(id) if budget > 0 => match &types[*id].kind {
            TypeKind::Alias(target) => holds_null_within(types, target, budget - 1),
            TypeKind::Union(union) => {
                union.variants.iter().filter_map(|v| v.ty()).any(|ty| holds_null_within(types, ty, budget - 1))
            }
            _ => false,
        },
        _ => false,
    }
}

/// Whether `ty` is a constant, seen through aliases.
fn is_constant(types: &[TypeDef], ty: &TypeRef) -> bool {
    let mut current = ty;
    for _ in 0..types.len() {
        let TypeRef::Named(id) = current else { return false };
        match &types[*id].kind {
            TypeKind::Const(_) => return true,
            TypeKind::Alias(target) => current = target,
            _ => return false,
        }
    }
    false
}

/// Which types requests contain and which responses contain, by type id.
fn usage(types: &[TypeDef], operations: &[Operation]) -> Vec<Usage> {
    let mut in_requests = vec![false; types.len()];
    let mut in_responses = vec![false; types.len()];
    for op in operations {
        for ty in op.params.iter().map(|p| &p.ty).chain(op.body.iter().flat_map(|b| b.types())) {
            mark(types, ty, &mut in_requests);
        }
        for case in op.success.iter().chain(&op.errors) {
            mark(types, &case.ty, &mut in_responses);
        }
        for field in op.header_sets().flat_map(|set| &set.fields) {
            mark(types, &field.ty, &mut in_responses);
        }
    }
    in_requests
        .into_iter()
        .zip(in_responses)
        .map(|(in_requests, in_responses)| Usage { in_requests, in_responses })
        .collect()
}

/// Marks `ty` and every type inside it (iteratively: types nest deeply).
pub(super) fn mark(types: &[TypeDef], ty: &TypeRef, seen: &mut [bool]) {
    let mut pending = vec![ty];
    while let Some(ty) = pending.pop() {
        match ty {
            TypeRef::Named(id) => {
                if std::mem::replace(&mut seen[*id], true) {
                    continue;
                }
                match &types[*id].kind {
                    TypeKind::Struct(s) => {
                        pending.extend(s.fields.iter().map(|field| &field.ty));
                        pending.extend(s.extra.iter().map(|extra| &extra.ty));
                    }
                    TypeKind::Union(u) => pending.extend(u.variants.iter().filter_map(|v| match &v.value {
                        VariantValue::Type(ty) => Some(ty),
                        VariantValue::Const(_) => None,
                    })),
                    TypeKind::Alias(target) => pending.push(target),
                    TypeKind::StringEnum(_) | TypeKind::IntegerEnum(_) | TypeKind::Const(_) => {}
                }
            }
            TypeRef::Vec(inner) | TypeRef::Map(inner) | TypeRef::Option(inner) => pending.push(inner),
            _ => {}
        }
    }
}
