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

/// The compiler's default `recursion_limit`.
const DEFAULT_RECURSION_LIMIT: usize = 128;

/// The `recursion_limit` a crate of these types needs, when the default is
/// not enough: the bound below, rounded up to a power of two so that small
/// changes of a document do not change the attribute.
pub(crate) fn recursion_limit(types: &[TypeDef]) -> Option<usize> {
    let depth = containment_depth(types);
    (depth > DEFAULT_RECURSION_LIMIT).then(|| depth.next_power_of_two())
}

/// An upper bound on how deeply the compiler nests trait obligations when it
/// proves an auto trait (`Send`, `RefUnwindSafe`, ...) of a type: the longest
/// chain of types containing types (by value or on the heap), each cycle
/// counted once per member, each step with the wrappers it goes through.
/// rustdoc proves every auto trait of every type it documents, so a deep
/// document (Stripe's) overflows the default limit of 128.
fn containment_depth(types: &[TypeDef]) -> usize {
    let edges: Vec<Vec<(TypeId, usize)>> = types.iter().map(|t| contained(&t.kind)).collect();
    let plain: Vec<Vec<TypeId>> = edges.iter().map(|e| e.iter().map(|(t, _)| *t).collect()).collect();
    let component = strongly_connected(&plain);
    let count = component.iter().max().map_or(0, |c| c + 1);
    // Within a component, a chain can pass every member once, each step at
    // the cost of the component's costliest one.
    let mut inner = vec![0usize; count];
    let mut members = vec![0usize; count];
    for (id, out) in edges.iter().enumerate() {
        members[component[id]] += 1;
        for &(target, cost) in out {
            if component[target] == component[id] {
                inner[component[id]] = inner[component[id]].max(cost);
            }
        }
    }
    // Tarjan numbers components in reverse topological order: every edge
    // leaving a component leads to one numbered lower, already measured.
    let mut by_component: Vec<Vec<TypeId>> = vec![Vec::new(); count];
    for (id, &c) in component.iter().enumerate() {
        by_component[c].push(id);
    }
    let mut depth = vec![0usize; count];
    for c in 0..count {
        let below = by_component[c]
            .iter()
            .flat_map(|&id| &edges[id])
            .filter(|(target, _)| component[*target] != c)
            .map(|&(target, cost)| cost + depth[component[target]])
            .max()
            .unwrap_or(0);
        depth[c] = members[c] * (1 + inner[c]) + below;
    }
    depth.into_iter().max().unwrap_or(0)
}

/// The named types a type's fields, variants or target mention, each with
/// the obligations one step to it costs: one per wrapper (`Option`, `Box`,
/// `Vec`, map) plus the few that the standard library's containers nest.
fn contained(kind: &TypeKind) -> Vec<(TypeId, usize)> {
    fn walk(ty: &TypeRef, cost: usize, out: &mut Vec<(TypeId, usize)>) {
        match ty {
            TypeRef::Named(id) => out.push((*id, cost)),
            // `Vec` holds its items through three layers of the standard
            // library's own types, `BTreeMap` through about eight (node
            // pointers, nodes, arrays of `MaybeUninit`).
            TypeRef::Vec(inner) => walk(inner, cost + 6, out),
            TypeRef::Map(inner) => walk(inner, cost + 10, out),
            TypeRef::Option(inner) => walk(inner, cost + 1, out),
            _ => {}
        }
    }
    let mut out = Vec::new();
    match kind {
        // The type itself, and `Box` (four layers), `Option` and `Nullable`
        // around any field.
        TypeKind::Struct(s) => {
            for ty in s.fields.iter().map(|f| &f.ty).chain(s.extra.as_ref().map(|e| &e.ty)) {
                walk(ty, 7, &mut out);
            }
        }
        TypeKind::Union(u) => {
            for ty in u.variants.iter().filter_map(|v| v.ty()) {
                walk(ty, 7, &mut out);
            }
        }
        TypeKind::Alias(target) => walk(target, 1, &mut out),
        _ => {}
    }
    out
}
