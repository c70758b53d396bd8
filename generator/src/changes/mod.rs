//! What changed between two descriptions of a generated crate's API
//! ([`crate::describe`]), each change classified for users of the Rust crate,
//! and the semver bump that follows.
//!
//! # How changes are classified
//!
//! A change is *breaking* when code written against the previous crate may
//! stop compiling (or silently change meaning), and *compatible* otherwise.
//! Generated structs have public fields and generated enums are not
//! `#[non_exhaustive]`, so the strict Rust rule would make every new field and
//! every new variant breaking. What decides it in practice is how callers use
//! a type, which the description records:
//!
//! - callers *build* the types that requests contain (parameters and bodies)
//!   with struct literals, so a new field there is breaking, optional or not;
//!   a new field in a type that only responses contain is compatible (only a
//!   test fixture building it, or a pattern without `..`, must change);
//! - callers *match* on the enums that responses contain, so a new variant
//!   there is breaking: an exhaustive `match` must handle it, and a value that
//!   decoded as `Unknown(..)` now decodes as the new variant. The `Unknown`
//!   catch-all keeps clients built from the *previous* crate working against
//!   the new server, but does not make upgrading the crate compatible. A new
//!   variant of an enum that only requests contain is compatible;
//! - a type used by no operation counts as both built and matched.
//!
//! Removals, renames, type changes, a trait a type no longer implements (a
//! derive dropped or an impl), a public inherent function removed, and
//! changes between argument and builder method are breaking; new operations, types, optional parameters and
//! credential setters are compatible additions; a change visible only on the
//! wire (a new path, a renamed wire field) leaves the Rust API as it was.

mod features;
mod operations;
mod render;
mod surfaces;
mod types;

pub use render::{render_markdown, render_text};

use crate::describe::{ApiDescription, ApiInfo, TypeDesc, TypeShape};
use std::collections::{BTreeMap, BTreeSet};

/// How a change affects users of the crate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Impact {
    /// Code written against the previous crate may stop compiling or change meaning.
    Breaking,
    /// Something new; existing code keeps compiling.
    Addition,
    /// The Rust API is unchanged; only the wire format or documentation moved.
    Neutral,
}

impl Impact {
    /// `breaking` or `compatible`.
    pub fn label(self) -> &'static str {
        match self {
            Impact::Breaking => "breaking",
            Impact::Addition | Impact::Neutral => "compatible",
        }
    }

    /// The smallest bump a release with this change needs.
    pub fn bump(self) -> Bump {
        match self {
            Impact::Breaking => Bump::Major,
            Impact::Addition => Bump::Minor,
            Impact::Neutral => Bump::Patch,
        }
    }
}

/// One change of the public API.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub impact: Impact,
    /// The item that changed, e.g. ``"`Client::end_call`"`` or ``"`Session`"``.
    pub subject: String,
    /// What happened to it, e.g. ``"field `room: Option<String>` added"``.
    pub what: String,
    /// Why the change is breaking or compatible; empty when obvious.
    pub why: String,
}

/// Every change between two descriptions, breaking ones first.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ChangeReport {
    pub from: ApiInfo,
    pub to: ApiInfo,
    pub changes: Vec<Change>,
    /// What the report could not compare, in sentences.
    pub notes: Vec<String>,
}

/// A semver bump, smallest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Bump {
    None,
    Patch,
    Minor,
    Major,
}

/// The version a release of the generated crate should get.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VersionAdvice {
    pub bump: Bump,
    pub current: String,
    /// The suggested version; equal to `current` for [`Bump::None`].
    pub next: String,
    /// Why, in a sentence fragment.
    pub reason: String,
    /// Whether `next` was written into the crate's `Cargo.toml`.
    pub applied: bool,
}

impl ChangeReport {
    /// Number of breaking changes.
    pub fn breaking(&self) -> usize {
        self.changes.iter().filter(|c| c.impact == Impact::Breaking).count()
    }

    /// Number of compatible changes.
    pub fn compatible(&self) -> usize {
        self.changes.len() - self.breaking()
    }

    /// The bump the changes need; `code_changed` says whether any generated
    /// file other than the generation record changed, which alone needs a
    /// patch release.
    pub fn bump(&self, code_changed: bool) -> Bump {
        let api = self.changes.iter().map(|c| c.impact.bump()).max().unwrap_or(Bump::None);
        if code_changed {
            api.max(Bump::Patch)
        } else {
            api
        }
    }
}

/// The version after `bump` of `current` (`MAJOR.MINOR.PATCH`), following
/// Cargo's convention: from 1.0.0 on, breaking means major and additions
/// minor; below 1.0.0 the first non-zero component is the "major" one, so on
/// 0.y.z breaking means 0.(y+1).0 and everything else 0.y.(z+1), and on 0.0.z
/// every release is 0.0.(z+1).
pub fn advise(current: &str, bump: Bump) -> Result<VersionAdvice, String> {
    let parts: Vec<&str> = current.split('.').collect();
    let numbers: Option<Vec<u64>> =
        parts.iter().map(|p| p.parse::<u64>().ok().filter(|_| !p.starts_with('+'))).collect();
    let [major, minor, patch] = match numbers.as_deref() {
        Some(&[major, minor, patch]) => [major, minor, patch],
        _ => {
            return Err(format!("cannot bump version `{current}`: only plain MAJOR.MINOR.PATCH versions can be bumped"))
        }
    };
    let (next, reason) = match (bump, major, minor) {
        (Bump::None, ..) => ((major, minor, patch), "no change to the generated code".to_owned()),
        (Bump::Patch, ..) => {
            ((major, minor, patch + 1), "the public API is unchanged but the generated code changed".to_owned())
        }
        (Bump::Minor, 1.., _) => ((major, minor + 1, 0), "compatible additions need a new minor version".to_owned()),
        (Bump::Major, 1.., _) => ((major + 1, 0, 0), "breaking changes need a new major version".to_owned()),
        (Bump::Minor, 0, 1..) => (
            (0, minor, patch + 1),
            "compatible changes; below 1.0.0 Cargo treats 0.y.z -> 0.y.(z+1) as the compatible release".to_owned(),
        ),
        (Bump::Major, 0, 1..) => (
            (0, minor + 1, 0),
            "breaking changes; below 1.0.0 Cargo treats a new minor version (0.y -> 0.(y+1)) as breaking".to_owned(),
        ),
        (Bump::Minor | Bump::Major, 0, 0) => {
            ((0, 0, patch + 1), "on 0.0.z Cargo treats every release as breaking".to_owned())
        }
    };
    Ok(VersionAdvice {
        bump,
        current: current.to_owned(),
        next: format!("{}.{}.{}", next.0, next.1, next.2),
        reason,
        applied: false,
    })
}

/// Compares the description of the previous crate with the new one.
pub fn compare(old: &ApiDescription, new: &ApiDescription) -> ChangeReport {
    let mut diff = Diff {
        constants: new
            .types
            .iter()
            .filter(|t| matches!(t.shape, TypeShape::Const { .. }))
            .map(|t| t.name.clone())
            .collect(),
        ..Diff::default()
    };
    diff.type_renames(old, new);
    diff.client(old, new);
    diff.operations(old, new);
    diff.types(old, new);
    diff.features(old, new);
    diff.builders(old, new);
    let mut changes = diff.changes;
    // Stable: breaking first, otherwise in the order found.
    changes.sort_by_key(|c| c.impact != Impact::Breaking);
    ChangeReport { from: old.api.clone(), to: new.api.clone(), changes, notes: unrecorded(old, new) }
}

/// What `old` does not record that `new` does, so that the report says
/// what it could not compare instead of calling it unchanged.
fn unrecorded(old: &ApiDescription, new: &ApiDescription) -> Vec<String> {
    let kept = |recorded: fn(&TypeDesc) -> bool| {
        old.types.iter().any(|before| {
            !recorded(before) && new.types.iter().any(|after| after.name == before.name && recorded(after))
        })
    };
    let mut notes = Vec::new();
    if kept(|t| t.traits.is_some()) {
        notes.push("the previous `api.json` does not record the types' traits and inherent functions (an earlier generator wrote it), so changes to them are not shown; the new one records them for the next report".to_owned());
    }
    let unrecorded_operation_items = old.request_builders.is_none() || old.response_enums.is_empty();
    if unrecorded_operation_items && new.request_builders.is_some() && !new.response_enums.is_empty() {
        notes.push("the previous `api.json` does not record the request builders' traits and methods, the traits of the operations' success, error and header types, the names the crate root re-exports from the runtime or the operations' streams (an earlier generator wrote it), so changes to them are not shown; the new one records them for the next report".to_owned());
    }
    notes
}

/// Collects changes while walking two descriptions.
#[derive(Debug, Default)]
struct Diff {
    changes: Vec<Change>,
    /// Types renamed without other change: old name -> new name.
    renamed: BTreeMap<String, String>,
    /// The constant types of the new description.
    constants: BTreeSet<String>,
}

/// How callers use a type, from the new description.
#[derive(Debug, Clone, Copy)]
struct Usage {
    /// Callers build values of it: it is part of a request, or of no operation.
    built: bool,
    /// Callers match on values of it: it is part of a response, or of no operation.
    matched: bool,
    /// No operation uses it.
    unused: bool,
}

impl Usage {
    fn of(ty: &TypeDesc) -> Usage {
        let unused = !ty.in_requests && !ty.in_responses;
        Usage { built: ty.in_requests || unused, matched: ty.in_responses || unused, unused }
    }

    /// Why callers build the type, for explanations.
    fn built_because(self) -> &'static str {
        if self.unused {
            "no operation uses it, so callers may build it themselves"
        } else {
            "it is part of a request, so callers build it"
        }
    }

    /// Why callers match on the type, for explanations.
    fn matched_because(self) -> &'static str {
        if self.unused {
            "no operation uses it, so callers may match on it"
        } else {
            "it appears in responses, so callers match on it"
        }
    }
}

fn code(text: &str) -> String {
    format!("`{text}`")
}

fn method(name: &str) -> String {
    format!("`Client::{name}`")
}

impl Diff {
    fn push(&mut self, impact: Impact, subject: &str, what: impl Into<String>, why: impl Into<String>) {
        self.changes.push(Change { impact, subject: subject.to_owned(), what: what.into(), why: why.into() });
    }

    /// Whether two type texts are the same once renamed types are followed.
    fn same_type(&self, old: &str, new: &str) -> bool {
        if old == new {
            return true;
        }
        if self.renamed.is_empty() {
            return false;
        }
        let mut renamed = String::with_capacity(old.len());
        let mut word = String::new();
        for c in old.chars().chain(std::iter::once(' ')) {
            if c.is_alphanumeric() || c == '_' {
                word.push(c);
                continue;
            }
            renamed.push_str(self.renamed.get(&word).unwrap_or(&word));
            word.clear();
            renamed.push(c);
        }
        renamed.pop();
        renamed == new
    }

    fn deprecation(&mut self, subject: &str, item: &str, old: bool, new: bool) {
        match (old, new) {
            (false, true) => self.push(
                Impact::Addition,
                subject,
                format!("{item}deprecated"),
                "uses now warn; nothing stops compiling",
            ),
            (true, false) => self.push(Impact::Neutral, subject, format!("{item}no longer deprecated"), ""),
            _ => {}
        }
    }
}
