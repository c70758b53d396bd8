//! Pagination, detected from the shape of an operation or declared in the
//! settings.
//!
//! Four styles: a cursor in the body sent back in a query parameter
//! (`cursor`, `page_token`, ...; the body holds an array of items and a
//! next-cursor string, at the top level or one object deeper, e.g.
//! `pagination.nextCursor`); the `rel="next"` URL of a documented `Link`
//! response header; an `offset` query parameter advanced by the number of
//! items received; a page number incremented per page. The first three are
//! detected; a page number only when declared (many APIs take a `page`
//! parameter without a way to tell the last page). `Settings::pagination`
//! declares or overrides the parts for APIs that name them differently; a
//! declared rule that does not fit its operation, or names no operation, is
//! an error.

use crate::ir::{
    Field, FieldStep, Operation, PageSize, PageStyle, Pagination, Param, ParamLocation, ResponseCase, ResponseFormat,
    TypeDef, TypeKind, TypeRef,
};
use crate::{PaginationRule, PaginationStyle};

const CURSOR_PARAMS: &[&str] = &[
    "cursor",
    "page_token",
    "pageToken",
    "next_token",
    "nextToken",
    "continuation_token",
    "continuationToken",
    "page_cursor",
];
const NEXT_CURSOR_FIELDS: &[&str] =
    &["nextCursor", "next_cursor", "nextPageToken", "next_page_token", "nextToken", "next_token", "next"];
const ITEM_FIELDS: &[&str] = &["data", "items", "results", "entries", "records", "values"];
const HAS_MORE_FIELDS: &[&str] = &["hasMore", "has_more", "hasNextPage", "has_next_page"];
const PAGE_SIZE_PARAMS: &[&str] = &["limit", "per_page", "perPage", "page_size", "pageSize", "size", "count"];

/// The pagination of `op`, from its shape, or `None` when it does not look
/// paginated.
pub(super) fn detect(op: &Operation, types: &[TypeDef]) -> Option<Pagination> {
    let success = json_success(op)?;
    if let Some(cursor_param) =
        op.params.iter().position(|p| is_cursor_param(p) && CURSOR_PARAMS.contains(&p.wire_name.as_str()))
    {
        if let Some(page) = fields_of(types, &success.ty) {
            if let Some(next_cursor) =
                find_named(types, page, NEXT_CURSOR_FIELDS, |ty| *ty.non_null() == TypeRef::String)
            {
                let (items, item_ty) = find_items(page)?;
                let has_more = find_named(types, page, HAS_MORE_FIELDS, |ty| *ty.non_null() == TypeRef::Bool);
                return Some(Pagination {
                    style: PageStyle::Cursor { cursor_param, next_cursor, has_more },
                    items,
                    item_ty,
                });
            }
        }
    }
    let (items, item_ty) = body_items(types, &success.ty)?;
    let style = if has_link_header(op) {
        PageStyle::LinkHeader
    } else {
        let param = op.params.iter().position(|p| p.wire_name == "offset" && is_position_param(p))?;
        PageStyle::Offset { param, limit: page_size(op, None).ok()? }
    };
    Some(Pagination { style, items, item_ty })
}

/// The pagination `rule` declares for `op`, or why it does not fit the
/// operation (a declared rule never falls back to detection silently).
pub(super) fn apply_rule(op: &Operation, rule: &PaginationRule, types: &[TypeDef]) -> Result<Pagination, String> {
    let id = &op.operation_id;
    let success = json_success(op)
        .ok_or_else(|| format!("pagination of `{id}`: the operation needs exactly one JSON success response"))?;
    let (items, item_ty) = match rule.items.as_deref() {
        Some(path) => {
            let page = fields_of(types, &success.ty)
                .ok_or_else(|| format!("pagination of `{id}`: the success body is not an object"))?;
            let steps = find_path(types, page, path);
            let ty = steps.as_ref().and_then(|steps| last_type(types, page, steps));
            match (steps, ty.as_ref().map(TypeRef::non_null)) {
                (Some(steps), Some(TypeRef::Vec(item))) => (steps, (**item).clone()),
                _ => {
                    return Err(format!(
                        "pagination of `{id}`: `items = \"{path}\"` is not an array property of the success body"
                    ))
                }
            }
        }
        None => body_items(types, &success.ty)
            .ok_or_else(|| format!("pagination of `{id}`: cannot tell which array holds the items; set `items`"))?,
    };
    let style = match &rule.style {
        PaginationStyle::Cursor { cursor_param, next_cursor } => {
            let param = op.params.iter().position(|p| p.wire_name == *cursor_param && is_cursor_param(p)).ok_or_else(|| {
                format!("pagination of `{id}`: `cursor_param = \"{cursor_param}\"` is not a string query parameter of the operation")
            })?;
            let page = fields_of(types, &success.ty)
                .ok_or_else(|| format!("pagination of `{id}`: the success body is not an object"))?;
            let steps = find_path(types, page, next_cursor)
                .filter(|steps| last_type(types, page, steps).is_some_and(|ty| *ty.non_null() == TypeRef::String))
                .ok_or_else(|| format!("pagination of `{id}`: `next_cursor = \"{next_cursor}\"` is not a string property of the success body"))?;
            let has_more = find_named(types, page, HAS_MORE_FIELDS, |ty| *ty.non_null() == TypeRef::Bool);
            PageStyle::Cursor { cursor_param: param, next_cursor: steps, has_more }
        }
        PaginationStyle::LinkHeader => PageStyle::LinkHeader,
        PaginationStyle::Offset { param, limit_param } => {
            PageStyle::Offset { param: position_param(op, param)?, limit: page_size(op, limit_param.as_deref())? }
        }
        PaginationStyle::Page { param, first, limit_param } => PageStyle::Page {
            param: position_param(op, param)?,
            first: *first,
            limit: page_size(op, limit_param.as_deref())?,
        },
    };
    Ok(Pagination { style, items, item_ty })
}

fn json_success(op: &Operation) -> Option<&ResponseCase> {
    match op.success.as_slice() {
        [success] if success.format == ResponseFormat::Json => Some(success),
        _ => None,
    }
}

fn has_link_header(op: &Operation) -> bool {
    op.success_headers.as_ref().is_some_and(|set| set.fields.iter().any(|f| f.wire_name == "link"))
}

/// An optional integer query parameter: an offset or a page number.
fn is_position_param(p: &Param) -> bool {
    p.location == ParamLocation::Query && !p.required && matches!(p.ty, TypeRef::I32 | TypeRef::I64 | TypeRef::U64)
}

fn position_param(op: &Operation, name: &str) -> Result<usize, String> {
    op.params.iter().position(|p| p.wire_name == name && is_position_param(p)).ok_or_else(|| {
        format!(
            "pagination of `{}`: `param = \"{name}\"` is not an optional integer query parameter of the operation",
            op.operation_id
        )
    })
}

/// The page size parameter: the declared one, or a conventionally named one.
fn page_size(op: &Operation, declared: Option<&str>) -> Result<Option<PageSize>, String> {
    let fits =
        |p: &Param| p.location == ParamLocation::Query && matches!(p.ty, TypeRef::I32 | TypeRef::I64 | TypeRef::U64);
    let found = match declared {
        Some(name) => Some(op.params.iter().position(|p| p.wire_name == name && fits(p)).ok_or_else(|| {
            format!(
                "pagination of `{}`: `limit_param = \"{name}\"` is not an integer query parameter of the operation",
                op.operation_id
            )
        })?),
        None => op.params.iter().position(|p| PAGE_SIZE_PARAMS.contains(&p.wire_name.as_str()) && fits(p)),
    };
    Ok(found.map(|param| PageSize { param, default: op.params[param].default.as_deref().and_then(|d| d.parse().ok()) }))
}

/// The items of a page: the body itself when it is an array, else an array
/// property (see [`find_items`]).
fn body_items(types: &[TypeDef], ty: &TypeRef) -> Option<(Vec<FieldStep>, TypeRef)> {
    match array_item(types, ty) {
        Some(item) => Some((Vec::new(), item)),
        None => find_items(fields_of(types, ty)?),
    }
}

/// The item type of a non-nullable array, seen through aliases.
fn array_item(types: &[TypeDef], ty: &TypeRef) -> Option<TypeRef> {
    match ty {
        TypeRef::Vec(item) => Some((**item).clone()),
        TypeRef::Named(id) => match &types.get(*id)?.kind {
            TypeKind::Alias(target) => array_item(types, target),
            _ => None,
        },
        _ => None,
    }
}

fn is_cursor_param(p: &crate::ir::Param) -> bool {
    p.location == ParamLocation::Query && *p.ty.non_null() == TypeRef::String
}

fn fields_of<'s>(types: &'s [TypeDef], ty: &TypeRef) -> Option<&'s [Field]> {
    match ty.non_null() {
        TypeRef::Named(id) => match &types.get(*id)?.kind {
            TypeKind::Struct(s) => Some(&s.fields),
            TypeKind::Alias(target) => fields_of(types, target),
            _ => None,
        },
        _ => None,
    }
}

fn step(field: &Field) -> FieldStep {
    FieldStep { rust_name: field.rust_name.clone(), access: field.access() }
}

/// A field with one of `names` matching `accept`, at the top or one object down.
fn find_named(
    types: &[TypeDef],
    fields: &[Field],
    names: &[&str],
    accept: impl Fn(&TypeRef) -> bool,
) -> Option<Vec<FieldStep>> {
    if let Some(field) = fields.iter().find(|f| names.contains(&f.wire_name.as_str()) && accept(&f.ty)) {
        return Some(vec![step(field)]);
    }
    for parent in fields {
        let Some(inner) = fields_of(types, &parent.ty) else { continue };
        if let Some(field) = inner.iter().find(|f| names.contains(&f.wire_name.as_str()) && accept(&f.ty)) {
            return Some(vec![step(parent), step(field)]);
        }
    }
    None
}

/// A dotted path of wire names (`pagination.nextCursor`).
fn find_path(types: &[TypeDef], fields: &[Field], path: &str) -> Option<Vec<FieldStep>> {
    let mut steps = Vec::new();
    let mut current = fields;
    let parts: Vec<&str> = path.split('.').collect();
    for (index, part) in parts.iter().enumerate() {
        let field = current.iter().find(|f| f.wire_name == *part)?;
        steps.push(step(field));
        if index + 1 < parts.len() {
            current = fields_of(types, &field.ty)?;
        }
    }
    Some(steps)
}

fn last_type(types: &[TypeDef], fields: &[Field], steps: &[FieldStep]) -> Option<TypeRef> {
    let mut current = fields;
    let mut ty = None;
    for (index, step) in steps.iter().enumerate() {
        let field = current.iter().find(|f| f.rust_name == step.rust_name)?;
        ty = Some(field.ty.clone());
        if index + 1 < steps.len() {
            current = fields_of(types, &field.ty)?;
        }
    }
    ty
}

/// The array of items: a conventionally named one, or the only array.
fn find_items(fields: &[Field]) -> Option<(Vec<FieldStep>, TypeRef)> {
    let arrays: Vec<&Field> = fields.iter().filter(|f| matches!(f.ty.non_null(), TypeRef::Vec(_))).collect();
    let chosen = arrays.iter().find(|f| ITEM_FIELDS.contains(&f.wire_name.as_str())).or(if arrays.len() == 1 {
        arrays.first()
    } else {
        None
    })?;
    let TypeRef::Vec(item) = chosen.ty.non_null() else { return None };
    Some((vec![step(chosen)], (**item).clone()))
}
