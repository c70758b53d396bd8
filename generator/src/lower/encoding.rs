//! How each parameter's value is written into a request, decided once
//! every type is known (an alias may name an enum, a struct or a list).

use crate::ir::{is_object, scalar, Operation, ParamEncoding, ParamLocation, TypeDef, TypeRef};

/// Sets [`crate::ir::Param::encoding`] on every parameter of `operations`.
pub(super) fn mark(operations: &mut [Operation], types: &[TypeDef]) {
    for param in operations.iter_mut().flat_map(|op| &mut op.params) {
        // A path parameter is written whole; others once their `null` is ruled out.
        let ty = if param.location == ParamLocation::Path { &param.ty } else { param.ty.non_null() };
        param.encoding = encoding(types, ty);
    }
}

fn encoding(types: &[TypeDef], ty: &TypeRef) -> ParamEncoding {
    match ty {
        TypeRef::Vec(item) if scalar(types, item).is_some() => ParamEncoding::ScalarList,
        ty if is_object(types, ty) => ParamEncoding::Object,
        ty if scalar(types, ty).is_some() => ParamEncoding::Scalar,
        _ => ParamEncoding::Json,
    }
}
