//! Cursor pagination, detected from the shape of an operation.
//!
//! An operation is paginated when it has a cursor query parameter (`cursor`,
//! `page_token`, ...) and its success body is an object holding an array of
//! items and a next-cursor string, at the top level or one object deeper
//! (`pagination.nextCursor`). `Settings::pagination` can declare or override
//! the parts for APIs that name them differently; a declared rule that does
//! not fit its operation, or names no operation, is an error.

use super::schema::SchemaLowerer;
use crate::ir::{Field, FieldStep, Operation, Pagination, ParamLocation, ResponseFormat, TypeKind, TypeRef};
use crate::PaginationRule;

const CURSOR_PARAMS: &[&str] = &["cursor", "page_token", "pageToken", "next_token", "nextToken", "continuation_token", "continuationToken", "page_cursor"];
const NEXT_CURSOR_FIELDS: &[&str] = &["nextCursor", "next_cursor", "nextPageToken", "next_page_token", "nextToken", "next_token", "next"];
const ITEM_FIELDS: &[&str] = &["data", "items", "results", "entries", "records", "values"];
const HAS_MORE_FIELDS: &[&str] = &["hasMore", "has_more", "hasNextPage", "has_next_page"];

/// The pagination of `op`, from its shape, or `None` when it does not look
/// paginated.
pub(super) fn detect(op: &Operation, schemas: &SchemaLowerer<'_>) -> Option<Pagination> {
    let [success] = op.success.as_slice() else { return None };
    if success.format != ResponseFormat::Json {
        return None;
    }
    let cursor_param = op.params.iter().position(|p| is_cursor_param(p) && CURSOR_PARAMS.contains(&p.wire_name.as_str()))?;
    let page = fields_of(schemas, &success.ty)?;
    let next_cursor = find_named(schemas, page, NEXT_CURSOR_FIELDS, |ty| *ty.non_null() == TypeRef::String)?;
    let (items, item_ty) = find_items(page)?;
    let has_more = find_named(schemas, page, HAS_MORE_FIELDS, |ty| *ty.non_null() == TypeRef::Bool);
    Some(Pagination { cursor_param, next_cursor, has_more, items, item_ty })
}

/// The pagination `rule` declares for `op`, or why it does not fit the
/// operation (a declared rule never falls back to detection silently).
pub(super) fn apply_rule(op: &Operation, rule: &PaginationRule, schemas: &SchemaLowerer<'_>) -> Result<Pagination, String> {
    let id = &op.operation_id;
    let success = match op.success.as_slice() {
        [success] if success.format == ResponseFormat::Json => success,
        _ => return Err(format!("pagination of `{id}`: the operation needs exactly one JSON success response")),
    };
    let cursor_param = op.params.iter().position(|p| p.wire_name == rule.cursor_param && is_cursor_param(p)).ok_or_else(|| {
        format!("pagination of `{id}`: `cursor_param = \"{}\"` is not a string query parameter of the operation", rule.cursor_param)
    })?;
    let page = fields_of(schemas, &success.ty).ok_or_else(|| format!("pagination of `{id}`: the success body is not an object"))?;
    let next_cursor = find_path(schemas, page, &rule.next_cursor)
        .filter(|steps| last_type(schemas, page, steps).is_some_and(|ty| *ty.non_null() == TypeRef::String))
        .ok_or_else(|| format!("pagination of `{id}`: `next_cursor = \"{}\"` is not a string property of the success body", rule.next_cursor))?;
    let (items, item_ty) = match rule.items.as_deref() {
        Some(path) => {
            let steps = find_path(schemas, page, path);
            let ty = steps.as_ref().and_then(|steps| last_type(schemas, page, steps));
            match (steps, ty.as_ref().map(TypeRef::non_null)) {
                (Some(steps), Some(TypeRef::Vec(item))) => (steps, (**item).clone()),
                _ => return Err(format!("pagination of `{id}`: `items = \"{path}\"` is not an array property of the success body")),
            }
        }
        None => find_items(page).ok_or_else(|| format!("pagination of `{id}`: cannot tell which array holds the items; set `items`"))?,
    };
    let has_more = find_named(schemas, page, HAS_MORE_FIELDS, |ty| *ty.non_null() == TypeRef::Bool);
    Ok(Pagination { cursor_param, next_cursor, has_more, items, item_ty })
}

fn is_cursor_param(p: &crate::ir::Param) -> bool {
    p.location == ParamLocation::Query && *p.ty.non_null() == TypeRef::String
}

fn fields_of<'s>(schemas: &'s SchemaLowerer<'_>, ty: &TypeRef) -> Option<&'s [Field]> {
    match ty.non_null() {
        TypeRef::Named(id) => match &schemas.def(*id)?.kind {
            TypeKind::Struct(s) => Some(&s.fields),
            TypeKind::Alias(target) => fields_of(schemas, target),
            _ => None,
        },
        _ => None,
    }
}

fn step(field: &Field) -> FieldStep {
    FieldStep { rust_name: field.rust_name.clone(), required: field.required, nullable: field.ty.is_nullable() }
}

/// A field with one of `names` matching `accept`, at the top or one object down.
fn find_named(schemas: &SchemaLowerer<'_>, fields: &[Field], names: &[&str], accept: impl Fn(&TypeRef) -> bool) -> Option<Vec<FieldStep>> {
    if let Some(field) = fields.iter().find(|f| names.contains(&f.wire_name.as_str()) && accept(&f.ty)) {
        return Some(vec![step(field)]);
    }
    for parent in fields {
        let Some(inner) = fields_of(schemas, &parent.ty) else { continue };
        if let Some(field) = inner.iter().find(|f| names.contains(&f.wire_name.as_str()) && accept(&f.ty)) {
            return Some(vec![step(parent), step(field)]);
        }
    }
    None
}

/// A dotted path of wire names (`pagination.nextCursor`).
fn find_path(schemas: &SchemaLowerer<'_>, fields: &[Field], path: &str) -> Option<Vec<FieldStep>> {
    let mut steps = Vec::new();
    let mut current = fields;
    let parts: Vec<&str> = path.split('.').collect();
    for (index, part) in parts.iter().enumerate() {
        let field = current.iter().find(|f| f.wire_name == *part)?;
        steps.push(step(field));
        if index + 1 < parts.len() {
            current = fields_of(schemas, &field.ty)?;
        }
    }
    Some(steps)
}

fn last_type(schemas: &SchemaLowerer<'_>, fields: &[Field], steps: &[FieldStep]) -> Option<TypeRef> {
    let mut current = fields;
    let mut ty = None;
    for (index, step) in steps.iter().enumerate() {
        let field = current.iter().find(|f| f.rust_name == step.rust_name)?;
        ty = Some(field.ty.clone());
        if index + 1 < steps.len() {
            current = fields_of(schemas, &field.ty)?;
        }
    }
    ty
}

/// The array of items: a conventionally named one, or the only array.
fn find_items(fields: &[Field]) -> Option<(Vec<FieldStep>, TypeRef)> {
    let arrays: Vec<&Field> = fields.iter().filter(|f| matches!(f.ty.non_null(), TypeRef::Vec(_))).collect();
    let chosen = arrays.iter().find(|f| ITEM_FIELDS.contains(&f.wire_name.as_str())).or(if arrays.len() == 1 { arrays.first() } else { None })?;
    let TypeRef::Vec(item) = chosen.ty.non_null() else { return None };
    Some((vec![step(chosen)], (**item).clone()))
}
