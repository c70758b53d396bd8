//! Which types derive `Default`: decided once here, so that emit (the
//! derive) and describe (the API change report's advice) agree.

use crate::ir::{Access, TypeDef, TypeKind, TypeRef};

/// Sets [`TypeDef::derives_default`] on every type.
pub(super) fn mark(types: &mut [TypeDef]) {
    let derives = defaultable(types);
    for (def, derives) in types.iter_mut().zip(derives) {
        def.derives_default = derives;
    }
}

/// Which named types can derive `Default` (every field has a default).
fn defaultable(types: &[TypeDef]) -> Vec<bool> {
    let n = types.len();
    // Start optimistic for structs and shrink to a fixed point (handles recursion).
    let mut ok: Vec<bool> = types
        .iter()
        .map(|t| match &t.kind {
            TypeKind::Struct(_) => true,
            TypeKind::StringEnum(e) => e.default.is_some(),
            TypeKind::IntegerEnum(e) => e.default.is_some(),
            TypeKind::Union(_) => false,
            TypeKind::Const(_) | TypeKind::Alias(_) => true,
        })
        .collect();
    loop {
        let mut changed = false;
        for id in 0..n {
            if !ok[id] {
                continue;
            }
            let still = match &types[id].kind {
                TypeKind::Struct(s) => s.fields.iter().all(|f| {
                    matches!(f.access(), Access::Option | Access::Nullable) || (!f.boxed && ref_default(&f.ty, &ok))
                }),
                TypeKind::Alias(target) => ref_default(target, &ok),
                _ => true,
            };
            if !still {
                ok[id] = false;
                changed = true;
            }
        }
        if !changed {
            return ok;
        }
    }
}

fn ref_default(ty: &TypeRef, ok: &[bool]) -> bool {
    match ty {
        TypeRef::Named(id) => ok[*id],
        _ => true,
    }
}
