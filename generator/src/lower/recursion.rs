//! Breaking cycles of by-value containment with `Box`.
//!
//! A struct that contains itself (directly, through `Option`, or through other
//! structs and unions) has infinite size. Edges inside a strongly connected
//! component of the "contains by value" graph are boxed; `Vec` and maps
//! already live on the heap and need nothing.

use crate::ir::{TypeDef, TypeId, TypeKind, TypeRef};

/// Marks fields and union variants that must be boxed.
pub(crate) fn box_cycles(types: &mut [TypeDef]) {
    let edges: Vec<Vec<TypeId>> = types.iter().map(|t| by_value_targets(&t.kind)).collect();
    let component = strongly_connected(&edges);
    for (id, def) in types.iter_mut().enumerate() {
        let same = |target: Option<TypeId>| {
            target.is_some_and(|t| component[t] == component[id] && (t != id || edges[id].contains(&id)))
        };
        match &mut def.kind {
            TypeKind::Struct(s) => {
                for field in &mut s.fields {
                    field.boxed = same(by_value(&field.ty));
                }
            }
            TypeKind::Union(u) => {
                for variant in &mut u.variants {
                    variant.boxed = same(variant.ty().and_then(by_value));
                }
            }
            _ => {}
        }
    }
}

/// Aliases that lead back to themselves (`type A = B; type B = A;`): they
/// name no type at all. Each cycle is reported by its first member.
pub(crate) fn alias_cycles(types: &[TypeDef]) -> Vec<TypeId> {
    let target = |id: TypeId| match &types[id].kind {
        TypeKind::Alias(ty) => by_value(ty),
        _ => None,
    };
    let mut cyclic = Vec::new();
    for start in 0..types.len() {
        let mut current = start;
        for _ in 0..types.len() {
            match target(current) {
                Some(next) if next == start => {
                    cyclic.push(start);
                    break;
                }
                Some(next) => current = next,
                None => break,
            }
        }
    }
    cyclic
}

/// The named type a use site holds by value, if any.
fn by_value(ty: &TypeRef) -> Option<TypeId> {
    match ty {
        TypeRef::Named(id) => Some(*id),
        TypeRef::Option(inner) => by_value(inner),
        _ => None,
    }
}

fn by_value_targets(kind: &TypeKind) -> Vec<TypeId> {
    match kind {
        TypeKind::Struct(s) => s.fields.iter().filter_map(|f| by_value(&f.ty)).collect(),
        TypeKind::Union(u) => u.variants.iter().filter_map(|v| v.ty().and_then(by_value)).collect(),
        TypeKind::Alias(target) => by_value(target).into_iter().collect(),
        _ => Vec::new(),
    }
}

/// Tarjan's algorithm, iterative so that deep graphs cannot overflow the stack.
fn strongly_connected(edges: &[Vec<TypeId>]) -> Vec<usize> {
    let n = edges.len();
    let mut index = vec![usize::MAX; n];
    let mut low = vec![0; n];
    let mut on_stack = vec![false; n];
    let mut stack = Vec::new();
    let mut component = vec![usize::MAX; n];
    let mut next_index = 0;
    let mut next_component = 0;
    for root in 0..n {
        if index[root] != usize::MAX {
            continue;
        }
        let mut work: Vec<(TypeId, usize)> = vec![(root, 0)];
        while let Some(&mut (node, ref mut child)) = work.last_mut() {
            if *child == 0 && index[node] == usize::MAX {
                index[node] = next_index;
                low[node] = next_index;
                next_index += 1;
                stack.push(node);
                on_stack[node] = true;
            }
            if let Some(&target) = edges[node].get(*child) {
                *child += 1;
                if index[target] == usize::MAX {
                    work.push((target, 0));
                } else if on_stack[target] {
                    low[node] = low[node].min(index[target]);
                }
                continue;
            }
            work.pop();
            if let Some(&(parent, _)) = work.last() {
                low[parent] = low[parent].min(low[node]);
            }
            if low[node] == index[node] {
                while let Some(member) = stack.pop() {
                    on_stack[member] = false;
                    component[member] = next_component;
                    if member == node {
                        break;
                    }
                }
                next_component += 1;
            }
        }
    }
    component
}
