//! Changes to the types: renames, removals, additions, and changes to
//! fields, enum values and union variants.

use super::surfaces::Owner;
use super::{code, Diff, Impact, Usage};
use crate::describe::{AccessDesc, ApiDescription, FieldDesc, TypeDesc, TypeShape};
use std::collections::BTreeSet;

impl Diff {
    /// Finds types that only changed name: one removed and one added type
    /// of the same shape, matched one to one.
    pub(super) fn type_renames(&mut self, old: &ApiDescription, new: &ApiDescription) {
        let old_names: BTreeSet<&str> = old.types.iter().map(|t| t.name.as_str()).collect();
        let new_names: BTreeSet<&str> = new.types.iter().map(|t| t.name.as_str()).collect();
        let removed: Vec<&TypeDesc> = old.types.iter().filter(|t| !new_names.contains(t.name.as_str())).collect();
        let added: Vec<&TypeDesc> = new.types.iter().filter(|t| !old_names.contains(t.name.as_str())).collect();
        for gone in &removed {
            let candidates: Vec<&&TypeDesc> = added.iter().filter(|t| t.shape == gone.shape).collect();
            let [candidate] = candidates.as_slice() else { continue };
            let rivals = removed.iter().filter(|t| t.shape == candidate.shape).count();
            if rivals == 1 {
                self.renamed.insert(gone.name.clone(), candidate.name.clone());
            }
        }
    }

    pub(super) fn types(&mut self, old: &ApiDescription, new: &ApiDescription) {
        let renamed = self.renamed.clone();
        for before in &old.types {
            let subject = code(&before.name);
            if let Some(after) = new.types.iter().find(|t| t.name == before.name) {
                self.type_change(before, after);
            } else if let Some(to) = renamed.get(&before.name) {
                self.push(
                    Impact::Breaking,
                    &subject,
                    format!("renamed to `{to}`"),
                    "code naming the type must use the new name",
                );
            } else {
                self.push(
                    Impact::Breaking,
                    &subject,
                    format!("{} removed", before.shape.noun()),
                    "code naming it stops compiling",
                );
            }
        }
        let renamed_to: BTreeSet<&String> = renamed.values().collect();
        for after in &new.types {
            if !old.types.iter().any(|t| t.name == after.name) && !renamed_to.contains(&after.name) {
                self.push(Impact::Addition, &code(&after.name), format!("{} added", after.shape.noun()), "");
            }
        }
    }

    fn type_change(&mut self, old: &TypeDesc, new: &TypeDesc) {
        let subject = code(&new.name);
        let subject = subject.as_str();
        self.deprecation(subject, "", old.deprecated, new.deprecated);
        let usage = Usage::of(new);
        // A type that changed kind is reported as that; its traits went with it.
        if std::mem::discriminant(&old.shape) == std::mem::discriminant(&new.shape) {
            let owner = Owner::Type(&new.name);
            match (&old.traits, &new.traits) {
                (Some(a), Some(b)) => {
                    self.traits(subject, owner, a, b);
                    self.inherent(subject, owner, b, &old.inherent, &new.inherent);
                }
                // An older description only recorded `Default`.
                _ if old.derives_default && !new.derives_default => self.push(
                    Impact::Breaking,
                    subject,
                    "no longer implements `Default`",
                    owner.lost_trait_why("Default"),
                ),
                _ => {}
            }
        }
        match (&old.shape, &new.shape) {
            (TypeShape::Struct { fields: a }, TypeShape::Struct { fields: b }) => {
                self.fields(subject, new, usage, a, b)
            }
            (TypeShape::StringEnum { variants: a }, TypeShape::StringEnum { variants: b }) => {
                let a: Vec<(String, String)> = a.iter().map(|v| (v.name.clone(), format!("{:?}", v.value))).collect();
                let b: Vec<(String, String)> = b.iter().map(|v| (v.name.clone(), format!("{:?}", v.value))).collect();
                self.enum_values(subject, &new.name, usage, &a, &b);
            }
            (TypeShape::IntegerEnum { variants: a }, TypeShape::IntegerEnum { variants: b }) => {
                let a: Vec<(String, String)> = a.iter().map(|v| (v.name.clone(), v.value.to_string())).collect();
                let b: Vec<(String, String)> = b.iter().map(|v| (v.name.clone(), v.value.to_string())).collect();
                self.enum_values(subject, &new.name, usage, &a, &b);
            }
            (
                TypeShape::Union { variants: a, discriminator: da },
                TypeShape::Union { variants: b, discriminator: db },
            ) => {
                for before in a {
                    match b.iter().find(|v| v.name == before.name) {
                        None => self.push(
                            Impact::Breaking,
                            subject,
                            format!("variant `{}` removed", before.name),
                            "code naming it stops compiling",
                        ),
                        Some(after) if !self.same_type(&before.ty, &after.ty) => self.push(
                            Impact::Breaking,
                            subject,
                            format!("variant `{}` changed from `{}` to `{}`", before.name, before.ty, after.ty),
                            "code building or matching it must follow the new type",
                        ),
                        Some(_) => {}
                    }
                }
                for after in b.iter().filter(|v| !a.iter().any(|o| o.name == v.name)) {
                    let what = match &after.value {
                        Some(value) => format!("variant `{}` ({value}) added", after.name),
                        None => format!("variant `{}({})` added", after.name, after.ty),
                    };
                    self.new_variant(subject, &new.name, usage, what, None);
                }
                if da != db {
                    let show = |d: &Option<String>| d.as_ref().map_or("none".to_owned(), |p| format!("`{p}`"));
                    self.push(
                        Impact::Neutral,
                        subject,
                        format!("discriminator now {} (was {})", show(db), show(da)),
                        "values are told apart differently on the wire",
                    );
                }
            }
            (TypeShape::Const { value: a }, TypeShape::Const { value: b }) => {
                if a != b {
                    self.push(
                        Impact::Neutral,
                        subject,
                        format!("constant now {b} (was {a})"),
                        "the Rust type is unchanged; the value on the wire is not",
                    );
                }
            }
            (TypeShape::Alias { target: a }, TypeShape::Alias { target: b }) => {
                if !self.same_type(a, b) {
                    self.push(
                        Impact::Breaking,
                        subject,
                        format!("now an alias of `{b}` (was `{a}`)"),
                        "code using it must follow the new type",
                    );
                }
            }
            (a, b) => self.push(
                Impact::Breaking,
                subject,
                format!("changed from {} to {}", kind_phrase(a), kind_phrase(b)),
                "code building, reading or matching it must be rewritten",
            ),
        }
    }

    /// What a change of a field's Rust type means, read from how each
    /// description holds the value (`access`, `value`).
    fn field_type_change(&self, name: &str, before: &FieldDesc, after: &FieldDesc) -> String {
        let (was, now) = (&before.ty, &after.ty);
        let same_value = self.same_type(&before.value, &after.value);
        match (before.access, after.access) {
            (Some(AccessDesc::Direct), Some(AccessDesc::Option)) if same_value => {
                format!("field `{name}` made optional (`{was}` -> `{now}`)")
            }
            (Some(AccessDesc::Option), Some(AccessDesc::Direct)) if same_value => {
                format!("field `{name}` made required (`{was}` -> `{now}`)")
            }
            (Some(AccessDesc::Nullable), Some(AccessDesc::Option)) if same_value => format!(
                "optional field `{name}` is now `{now}` (was `{was}`): a missing value and `null` are no longer told apart"
            ),
            (Some(AccessDesc::Option), Some(AccessDesc::Nullable)) if same_value => format!(
                "optional, nullable field `{name}` is now `{now}` (was `{was}`): `Nullable::Absent`, `Nullable::Null` or `Nullable::Value`"
            ),
            (_, Some(AccessDesc::Direct)) if self.constants.contains(&after.value) => {
                format!("field `{name}` is now the constant `{now}`, always sent (was `{was}`)")
            }
            _ => format!("field `{name}` changed type from `{was}` to `{now}`"),
        }
    }

    fn fields(&mut self, subject: &str, ty: &TypeDesc, usage: Usage, old: &[FieldDesc], new: &[FieldDesc]) {
        let type_name = ty.name.as_str();
        for before in old {
            let Some(after) = new.iter().find(|f| f.name == before.name) else {
                self.push(
                    Impact::Breaking,
                    subject,
                    format!("field `{}` removed", before.name),
                    "code that reads, sets or names it stops compiling",
                );
                continue;
            };
            let name = &after.name;
            if !self.same_type(&before.ty, &after.ty) {
                let what = self.field_type_change(name, before, after);
                self.push(Impact::Breaking, subject, what, "code that reads or sets it must follow the new type");
            } else if before.required != after.required {
                let now = if after.required { "required" } else { "optional" };
                self.push(
                    Impact::Neutral,
                    subject,
                    format!("field `{name}` now {now} in the document"),
                    format!("its Rust type, `{}`, is unchanged", after.ty),
                );
            }
            if before.wire_name != after.wire_name {
                self.push(
                    Impact::Neutral,
                    subject,
                    format!("field `{name}` now `{}` on the wire (was `{}`)", after.wire_name, before.wire_name),
                    "the Rust field is unchanged",
                );
            }
            self.deprecation(subject, &format!("field `{name}` "), before.deprecated, after.deprecated);
        }
        for after in new.iter().filter(|f| !old.iter().any(|o| o.name == f.name)) {
            let optionality = if after.required { "required" } else { "optional" };
            let what = format!("{optionality} field `{}: {}` added", after.name, after.ty);
            if usage.built {
                let place = usage.built_because();
                let why = if after.required {
                    format!("`{type_name}` is not `#[non_exhaustive]` and {place}: every struct literal of `{type_name}` must now set the new required field")
                } else if ty.derives_default {
                    format!(
                        "`{type_name}` is not `#[non_exhaustive]` and {place}: struct literals of `{type_name}` must name the new field (`{}: None`), unless they end in `..Default::default()`",
                        after.name
                    )
                } else {
                    // `..Default::default()` is no way out for a type without `Default`.
                    format!(
                        "`{type_name}` is not `#[non_exhaustive]` and {place}: struct literals of `{type_name}` must name the new field (`{}: None`)",
                        after.name
                    )
                };
                self.push(Impact::Breaking, subject, what, why);
            } else {
                let why = format!(
                    "`{type_name}` only appears in responses, which callers read rather than build; only code that builds it with a struct literal (such as a test fixture) or destructures it without `..` must change"
                );
                self.push(Impact::Addition, subject, what, why);
            }
        }
    }

    /// Variants of a string or integer enum, as (name, value shown).
    fn enum_values(
        &mut self,
        subject: &str,
        type_name: &str,
        usage: Usage,
        old: &[(String, String)],
        new: &[(String, String)],
    ) {
        for (name, value) in old {
            match new.iter().find(|(n, _)| n == name) {
                None => self.push(
                    Impact::Breaking,
                    subject,
                    format!("variant `{name}` ({value}) removed"),
                    format!(
                        "code naming it stops compiling, and the value now decodes as `{type_name}::Unknown({value})`"
                    ),
                ),
                Some((_, now)) if now != value => self.push(
                    Impact::Neutral,
                    subject,
                    format!("variant `{name}` now stands for {now} (was {value})"),
                    "the Rust variant is unchanged",
                ),
                Some(_) => {}
            }
        }
        for (name, value) in new.iter().filter(|(n, _)| !old.iter().any(|(o, _)| o == n)) {
            let what = format!("variant `{name}` ({value}) added");
            self.new_variant(subject, type_name, usage, what, Some((name, value)));
        }
    }

    /// A new variant: breaking when callers match on the enum (it appears in
    /// responses), compatible when they only pick one (it appears only in requests).
    fn new_variant(
        &mut self,
        subject: &str,
        type_name: &str,
        usage: Usage,
        what: String,
        value: Option<(&String, &String)>,
    ) {
        if usage.matched {
            let mut why = format!(
                "`{type_name}` is not `#[non_exhaustive]` and {}: an exhaustive `match` on it must handle the new variant",
                usage.matched_because()
            );
            if let Some((name, value)) = value {
                why.push_str(&format!(
                    ", and {value}, which decoded as `{type_name}::Unknown({value})`, now decodes as `{type_name}::{name}` (clients built from the previous crate still accept it, thanks to `Unknown`)"
                ));
            }
            self.push(Impact::Breaking, subject, what, why);
        } else {
            self.push(
                Impact::Addition,
                subject,
                what,
                format!("`{type_name}` only appears in requests: callers pick a variant, and this is one more to pick"),
            );
        }
    }
}

fn kind_phrase(shape: &TypeShape) -> &'static str {
    match shape {
        TypeShape::Struct { .. } => "a struct",
        TypeShape::StringEnum { .. } => "an enum of strings",
        TypeShape::IntegerEnum { .. } => "an enum of integers",
        TypeShape::Union { .. } => "an enum of alternatives",
        TypeShape::Const { .. } => "a constant",
        TypeShape::Alias { .. } => "a type alias",
    }
}
