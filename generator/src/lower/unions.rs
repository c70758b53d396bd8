//! How each union tells its variants apart, planned once every type is known.
//!
//! A union whose object branches each carry a constant property with a
//! distinct value (pydantic's `Literal` fields, serde's tagged enums, zod's
//! discriminated unions), with or without a `discriminator` keyword, is
//! decoded by that property, exactly as if a discriminator were declared:
//! an unknown tag lands in the catch-all variant, never in another branch.
//! Everything else is matched by the shape of the value: constants first,
//! then the variants that take only some values of a kind (a known enum
//! value, a date, an integer), then those that take every value of it, and
//! an open enum's catch-all last, so that no variant swallows what a later
//! one is for. Struct variants are ranked per object (see
//! [`ObjectCandidate`]). A variant that can never be chosen is a warning.

use crate::diagnostics::Diagnostic;
use crate::ir::{
    Attempt, Constant, Ident, ObjectCandidate, Struct, Tag, TypeDef, TypeKind, TypeRef, Union, VariantValue, When,
};
use std::collections::HashSet;

/// A tag property and its values, each with the variant it names.
type FoundTag = (String, Vec<(Constant, usize)>);

/// The name of every union's catch-all variant (reserved when variants are named).
const CATCH_ALL: &str = "Unknown";

/// Plans the decoding of every union; `pointers` locates each type for the warnings.
pub(super) fn plan(types: &mut [TypeDef], pointers: &[String], diagnostics: &mut Vec<Diagnostic>) {
    // Tags first, for every union: a tag makes its property a constant, and
    // a union's catch-all decides how it is tried inside another union.
    let unions: Vec<usize> = (0..types.len()).filter(|id| matches!(types[*id].kind, TypeKind::Union(_))).collect();
    let mut found: Vec<(usize, Option<FoundTag>)> = Vec::new();
    for &id in &unions {
        let TypeKind::Union(union) = &types[id].kind else { continue };
        let structs = variant_structs(types, union);
        let tag = match &union.discriminator {
            Some(declared) => Some(declared_tag(types, declared, &structs, &pointers[id], diagnostics)),
            None => detected_tag(types, &structs),
        };
        found.push((id, tag));
    }
    for (id, tag) in &found {
        if let Some((property, tags)) = tag {
            make_tags_constant(types, pointers, *id, property, tags);
        }
    }
    for (id, tag) in found {
        let TypeKind::Union(union) = &types[id].kind else { continue };
        let structs = variant_structs(types, union);
        let tag = tag.map(|(property, tags)| Tag {
            self_tagged: self_tagged(types, &property, &tags, &structs),
            property,
            tags,
        });
        // Tags and string constants are lists of names that grow; a value
        // named otherwise is kept rather than refused.
        let named_values = union.variants.iter().any(|v| matches!(v.value, VariantValue::Const(Constant::String(_))));
        let catch_all = (tag.is_some() || named_values).then(|| Ident::new(CATCH_ALL));
        if let TypeKind::Union(union) = &mut types[id].kind {
            union.decode.tag = tag;
            union.catch_all = catch_all;
        }
    }
    for id in unions {
        let TypeKind::Union(union) = &types[id].kind else { continue };
        let attempts = attempts(types, union, &pointers[id], diagnostics);
        if let TypeKind::Union(union) = &mut types[id].kind {
            union.decode.attempts = attempts;
        }
    }
}

/// The struct each variant holds, if it holds one.
fn variant_structs<'t>(types: &'t [TypeDef], union: &Union) -> Vec<Option<&'t Struct>> {
    union.variants.iter().map(|v| v.ty().and_then(|ty| struct_of(types, ty))).collect()
}

/// The shape attempts of a union whose tag is decided.
fn attempts(types: &[TypeDef], union: &Union, at: &str, diagnostics: &mut Vec<Diagnostic>) -> Vec<Attempt> {
    let tag = union.decode.tag.as_ref();
    let tagged: HashSet<usize> = tag.map(|tag| tag.tags.iter().map(|(_, index)| *index).collect()).unwrap_or_default();
    let mut ranked: Vec<(u8, Attempt)> = Vec::new();
    for (index, variant) in union.variants.iter().enumerate() {
        if tagged.contains(&index) {
            continue;
        }
        match &variant.value {
            VariantValue::Const(constant) => {
                ranked.push((0, Attempt { variant: index, when: When::Const(constant.clone()) }))
            }
            VariantValue::Type(ty) => {
                for (when, rank) in accepts(types, ty) {
                    // A tagged union's objects are decided by the tag.
                    if tag.is_some() && matches!(when, When::Object(Some(_))) {
                        continue;
                    }
                    ranked.push((rank, Attempt { variant: index, when }));
                }
            }
        }
    }
    ranked.sort_by_key(|(rank, attempt)| (kind_order(&attempt.when), *rank));
    let attempts =
        reachable(types, union, ranked.into_iter().map(|(_, attempt)| attempt).collect(), &tagged, at, diagnostics);
    warn_alike_structs(union, &attempts, at, diagnostics);
    attempts
}

/// A tag property that is an enum of one value written inline (serde's
/// tagged enums as utoipa writes them) becomes a constant, so that the
/// struct always writes it, whether the schema requires it or not.
fn make_tags_constant(
    types: &mut [TypeDef],
    pointers: &[String],
    union: usize,
    property: &str,
    tags: &[(Constant, usize)],
) {
    let TypeKind::Union(u) = &types[union].kind else { return };
    let mut inline_enums = Vec::new();
    for (constant, index) in tags {
        let Some(s) = u.variants[*index].ty().and_then(|ty| struct_of(types, ty)) else { continue };
        let Some(field) = s.fields.iter().find(|f| f.wire_name == property) else { continue };
        let Some(id) = named(types, &field.ty) else { continue };
        let one_value = match &types[id].kind {
            TypeKind::StringEnum(e) => e.variants.len() == 1,
            TypeKind::IntegerEnum(e) => e.variants.len() == 1,
            _ => false,
        };
        if one_value && !is_component_root(&pointers[id]) {
            inline_enums.push((id, constant.clone()));
        }
    }
    for (id, constant) in inline_enums {
        types[id].kind = TypeKind::Const(constant);
    }
}

/// Whether `at` is the root of a component schema (`#/components/schemas/X`).
fn is_component_root(at: &str) -> bool {
    at.strip_prefix("#/components/schemas/").is_some_and(|rest| !rest.contains('/'))
}

/// The tags of a declared `discriminator`, plus the constant tag of every
/// struct branch its mapping leaves out. A branch whose own tag property is
/// an enum that allows none of its declared tags (an implicit tag, the
/// schema's name, where the property lists operators) is told apart by the
/// enum's values instead, since those are what a server can send; a warning
/// says so.
fn declared_tag(
    types: &[TypeDef],
    declared: &crate::ir::Discriminator,
    structs: &[Option<&Struct>],
    at: &str,
    diagnostics: &mut Vec<Diagnostic>,
) -> FoundTag {
    let property = &declared.property;
    let mut tags: Vec<(Constant, usize)> =
        declared.mapping.iter().map(|(tag, index)| (Constant::String(tag.clone()), *index)).collect();
    for (index, s) in structs.iter().enumerate() {
        if tags.iter().any(|(_, i)| *i == index) {
            continue;
        }
        if let Some(constant) =
            s.and_then(|s| constant_field(types, s, property)).filter(|c| matches!(c, Constant::String(_)))
        {
            tags.push((constant, index));
        }
    }
    for (index, s) in structs.iter().enumerate() {
        let Some(allowed) = s.and_then(|s| enum_field(types, s, property)) else { continue };
        let declared_here: Vec<String> = tags
            .iter()
            .filter(|(_, i)| *i == index)
            .filter_map(|(tag, _)| match tag {
                Constant::String(tag) => Some(tag.clone()),
                _ => None,
            })
            .collect();
        if declared_here.is_empty() || declared_here.iter().any(|tag| allowed.contains(tag)) {
            continue;
        }
        let taken = |value: &String| tags.iter().any(|(tag, i)| *i != index && *tag == Constant::String(value.clone()));
        if allowed.iter().any(taken) {
            continue;
        }
        diagnostics.push(Diagnostic::warning(
            at,
            format!(
                "the discriminator's tag {} for branch {} is not a value its `{property}` property allows; the branch is told apart by the values it allows ({})",
                quoted(&declared_here),
                index + 1,
                quoted(&allowed)
            ),
        ));
        tags.retain(|(_, i)| *i != index);
        tags.extend(allowed.into_iter().map(|value| (Constant::String(value), index)));
    }
    (property.clone(), tags)
}

/// The values of `property` in `s` when it is an enum of strings.
fn enum_field(types: &[TypeDef], s: &Struct, property: &str) -> Option<Vec<String>> {
    let field = s.fields.iter().find(|f| f.wire_name == property)?;
    match &types[named(types, &field.ty)?].kind {
        TypeKind::StringEnum(e) => Some(e.variants.iter().map(|v| v.wire_value.clone()).collect()),
        TypeKind::Const(Constant::String(value)) => Some(vec![value.clone()]),
        _ => None,
    }
}

/// `` `a`, `b` `` for a message.
fn quoted(values: &[String]) -> String {
    values.iter().map(|value| format!("`{value}`")).collect::<Vec<_>>().join(", ")
}

/// A property that every struct branch (at least two) has as a constant,
/// with a distinct value of one JSON type in each.
fn detected_tag(types: &[TypeDef], structs: &[Option<&Struct>]) -> Option<FoundTag> {
    let present: Vec<(usize, &Struct)> =
        structs.iter().enumerate().filter_map(|(index, s)| s.map(|s| (index, s))).collect();
    let (_, first) = present.first()?;
    if present.len() < 2 {
        return None;
    }
    for field in &first.fields {
        let property = &field.wire_name;
        let Some(tags) = present
            .iter()
            .map(|(index, s)| constant_field(types, s, property).map(|constant| (constant, *index)))
            .collect::<Option<Vec<(Constant, usize)>>>()
        else {
            continue;
        };
        let distinct = tags.iter().map(|(tag, _)| tag).collect::<HashSet<_>>().len() == tags.len();
        if distinct && tags.iter().all(|(tag, _)| tag.same_kind(&tags[0].0)) {
            return Some((property.clone(), tags));
        }
    }
    None
}

/// Per variant: whether its struct writes its one tag itself (the tag
/// property is a constant of that value, which a struct always writes).
fn self_tagged(
    types: &[TypeDef],
    property: &str,
    tags: &[(Constant, usize)],
    structs: &[Option<&Struct>],
) -> Vec<bool> {
    (0..structs.len())
        .map(|index| {
            let mut own = tags.iter().filter(|(_, i)| *i == index).map(|(tag, _)| tag);
            let (Some(tag), None, Some(s)) = (own.next(), own.next(), structs[index]) else { return false };
            let field = s.fields.iter().find(|f| f.wire_name == property);
            matches!(field.and_then(|f| named(types, &f.ty)).map(|id| &types[id].kind), Some(TypeKind::Const(constant)) if constant == tag)
        })
        .collect()
}

/// The constant of `property` in `s`: a field typed as a constant, or as a
/// named enum of one value (which a union's tag often is).
fn constant_field(types: &[TypeDef], s: &Struct, property: &str) -> Option<Constant> {
    let field = s.fields.iter().find(|f| f.wire_name == property)?;
    match &types[named(types, &field.ty)?].kind {
        TypeKind::Const(constant) => Some(constant.clone()),
        TypeKind::StringEnum(e) if e.variants.len() == 1 => Some(Constant::String(e.variants[0].wire_value.clone())),
        TypeKind::IntegerEnum(e) if e.variants.len() == 1 => Some(Constant::Integer(e.variants[0].1)),
        _ => None,
    }
}

/// The named type `ty` is, seen through aliases (not through `Option`).
fn named(types: &[TypeDef], ty: &TypeRef) -> Option<usize> {
    let mut current = ty;
    for _ in 0..=types.len() {
        let TypeRef::Named(id) = current else { return None };
        match &types[*id].kind {
            TypeKind::Alias(target) => current = target,
            _ => return Some(*id),
        }
    }
    None
}

fn struct_of<'t>(types: &'t [TypeDef], ty: &TypeRef) -> Option<&'t Struct> {
    match &types[named(types, ty)?].kind {
        TypeKind::Struct(s) => Some(s),
        _ => None,
    }
}

/// The values a variant of type `ty` is tried on, each with its rank among
/// the attempts on the same kind of value: 1 takes some values of the kind,
/// 2 every value, 3 only what nothing else takes (a catch-all).
fn accepts(types: &[TypeDef], ty: &TypeRef) -> Vec<(When, u8)> {
    match ty {
        TypeRef::String | TypeRef::Bytes => vec![(When::String, 2)],
        TypeRef::DateTime | TypeRef::Date | TypeRef::Uuid => vec![(When::String, 1)],
        TypeRef::Bool => vec![(When::Bool, 2)],
        TypeRef::I32 | TypeRef::I64 | TypeRef::U64 | TypeRef::I128 => vec![(When::Integer, 1)],
        TypeRef::F32 | TypeRef::F64 => vec![(When::Number, 2)],
        TypeRef::Json => vec![(When::Any, 2)],
        TypeRef::JsonObject => vec![(When::Object(None), 2)],
        TypeRef::Map(value) => vec![(When::Object(None), if **value == TypeRef::Json { 2 } else { 1 })],
        TypeRef::Vec(_) => vec![(When::Array, 1)],
        TypeRef::Unit => vec![(When::Null, 2)],
        TypeRef::Option(inner) => {
            let mut whens = vec![(When::Null, 2)];
            whens.extend(accepts(types, inner));
            whens
        }
        TypeRef::Named(_) => {
            let Some(id) = named(types, ty) else { return vec![(When::Any, 1)] };
            match &types[id].kind {
                TypeKind::Struct(s) => vec![(When::Object(Some(candidate(s))), 1)],
                TypeKind::StringEnum(_) => vec![(When::KnownString(id), 1), (When::String, 3)],
                TypeKind::IntegerEnum(_) => vec![(When::Integer, 2)],
                TypeKind::Const(constant) => vec![(When::Const(constant.clone()), 0)],
                TypeKind::Union(inner) if inner.catch_all.is_some() => vec![(When::Any, 3)],
                TypeKind::Union(_) => vec![(When::Any, 1)],
                TypeKind::Alias(_) => vec![(When::Any, 2)],
            }
        }
    }
}

/// The members that rank an object for a struct variant.
fn candidate(s: &Struct) -> ObjectCandidate {
    ObjectCandidate {
        required: s.fields.iter().filter(|f| f.required).map(|f| f.wire_name.clone()).collect(),
        declared: s.fields.iter().map(|f| f.wire_name.clone()).collect(),
        closed: s.closed,
    }
}

/// Attempts on different kinds of value never compete; this orders them
/// so that the emitted code reads kind by kind.
fn kind_order(when: &When) -> u8 {
    match when {
        When::Const(_) => 0,
        When::Null => 1,
        When::Bool => 2,
        When::Integer => 3,
        When::Number => 4,
        When::KnownString(_) | When::String => 5,
        When::Array => 6,
        When::Object(_) => 7,
        When::Any => 8,
    }
}

/// The kinds of value an attempt is tried on, to tell which attempts an
/// earlier one that takes every value of its kind leaves unreachable.
fn kinds(when: &When) -> &'static [u8] {
    match when {
        When::Null => &[1],
        When::Bool => &[2],
        When::Integer => &[3],
        When::Number => &[3, 4],
        When::KnownString(_) | When::String => &[5],
        When::Array => &[6],
        When::Object(_) => &[7],
        When::Any => &[1, 2, 3, 4, 5, 6, 7],
        When::Const(_) => &[],
    }
}

/// Whether an attempt takes every value of its kinds (so nothing after it
/// on those kinds is ever tried).
fn takes_all(types: &[TypeDef], union: &Union, attempt: &Attempt) -> bool {
    let Some(ty) = union.variants[attempt.variant].ty() else { return false };
    let greedy =
        |when: &When| matches!(accepts(types, ty).iter().find(|(w, _)| w == when), Some((_, rank)) if *rank >= 2);
    match &attempt.when {
        When::String | When::Bool | When::Integer | When::Number | When::Null | When::Any | When::Object(None) => {
            greedy(&attempt.when)
        }
        When::KnownString(_) | When::Array | When::Object(Some(_)) | When::Const(_) => false,
    }
}

/// Drops the attempts that an earlier attempt taking every value of their
/// kinds makes unreachable, and warns about variants left with none.
fn reachable(
    types: &[TypeDef],
    union: &Union,
    attempts: Vec<Attempt>,
    tagged: &HashSet<usize>,
    at: &str,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<Attempt> {
    let mut covered: HashSet<u8> = HashSet::new();
    let mut kept: Vec<Attempt> = Vec::new();
    for attempt in attempts {
        let kinds = kinds(&attempt.when);
        if !kinds.is_empty() && kinds.iter().all(|kind| covered.contains(kind)) {
            continue;
        }
        if takes_all(types, union, &attempt) {
            covered.extend(kinds);
        }
        kept.push(attempt);
    }
    for (index, variant) in union.variants.iter().enumerate() {
        if tagged.contains(&index) || kept.iter().any(|a| a.variant == index) {
            continue;
        }
        let before =
            union.variants[..index].iter().map(|v| format!("`{}`", v.rust_name)).collect::<Vec<_>>().join(", ");
        diagnostics.push(Diagnostic::warning(
            at,
            format!("variant `{}` of this union is never chosen: every value it takes is taken by a variant before it ({before}); reorder the branches or tell them apart with a constant property", variant.rust_name),
        ));
    }
    kept
}

/// Warns about struct variants that no object can tell apart.
fn warn_alike_structs(union: &Union, attempts: &[Attempt], at: &str, diagnostics: &mut Vec<Diagnostic>) {
    let candidates: Vec<(usize, &ObjectCandidate)> = attempts
        .iter()
        .filter_map(|a| match &a.when {
            When::Object(Some(c)) => Some((a.variant, c)),
            _ => None,
        })
        .collect();
    for (later, (index, candidate)) in candidates.iter().enumerate() {
        let alike = candidates[..later].iter().find(|(_, earlier)| {
            let mut a = earlier.declared.clone();
            let mut b = candidate.declared.clone();
            a.sort();
            b.sort();
            a == b
        });
        if let Some((earlier, _)) = alike {
            diagnostics.push(Diagnostic::warning(
                at,
                format!(
                    "variants `{}` and `{}` of this union declare the same properties and no constant tells them apart; an object decodes as `{}`",
                    union.variants[*earlier].rust_name, union.variants[*index].rust_name, union.variants[*earlier].rust_name
                ),
            ));
        }
    }
}
