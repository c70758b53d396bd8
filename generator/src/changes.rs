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
//! Removals, renames, type changes and changes between argument and builder
//! method are breaking; new operations, types, optional parameters and
//! credential setters are compatible additions; a change visible only on the
//! wire (a new path, a renamed wire field) leaves the Rust API as it was.

use crate::describe::{
    ApiDescription, ApiInfo, BodyDesc, CaseDesc, FieldDesc, HeadersDesc, OperationDesc, ParamDesc, TypeDesc, TypeShape,
};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

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
    let mut changes = diff.changes;
    // Stable: breaking first, otherwise in the order found.
    changes.sort_by_key(|c| c.impact != Impact::Breaking);
    ChangeReport { from: old.api.clone(), to: new.api.clone(), changes }
}

/// The report as plain text for a terminal.
pub fn render_text(crate_name: &str, report: &ChangeReport, version: Option<&VersionAdvice>) -> String {
    let mut out = String::new();
    if report.changes.is_empty() {
        let _ = writeln!(out, "No changes to the public API of {crate_name} ({}).", api_label(report, false));
    } else {
        let _ = writeln!(
            out,
            "API changes in {crate_name} ({}): {} breaking, {} compatible",
            api_label(report, false),
            report.breaking(),
            report.compatible()
        );
        for change in &report.changes {
            let _ = writeln!(out, "  {:<10}  {}: {}", change.impact.label(), change.subject, change.what);
            if !change.why.is_empty() {
                let _ = writeln!(out, "              {}", change.why);
            }
        }
    }
    if let Some(version) = version {
        let _ = writeln!(out, "{}", version_sentence(version, false));
    }
    out
}

/// The report as Markdown, for a pull request comment or a changelog entry.
pub fn render_markdown(crate_name: &str, report: &ChangeReport, version: Option<&VersionAdvice>) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "### API changes in `{crate_name}`\n");
    if report.changes.is_empty() {
        let _ = writeln!(out, "No changes to the public API ({}).", api_label(report, true));
    } else {
        let breaking = report.breaking();
        let breaking = if breaking > 0 { format!("**{breaking} breaking**") } else { "0 breaking".to_owned() };
        let _ = writeln!(out, "{}: {breaking}, {} compatible.", api_label(report, true), report.compatible());
    }
    if let Some(version) = version {
        let _ = writeln!(out, "\n{}", version_sentence(version, true));
    }
    for (title, breaking) in [("Breaking", true), ("Compatible", false)] {
        let changes: Vec<&Change> =
            report.changes.iter().filter(|c| (c.impact == Impact::Breaking) == breaking).collect();
        if changes.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n#### {title}\n");
        for change in changes {
            let why = if change.why.is_empty() { String::new() } else { format!(" — {}", change.why) };
            let _ = writeln!(out, "- {}: {}{why}", change.subject, change.what);
        }
    }
    out
}

/// The document's title and version(s): `ReAdmin API 1.0.0 -> 1.1.0`.
fn api_label(report: &ChangeReport, markdown: bool) -> String {
    let (tick, arrow) = if markdown { ("`", "→") } else { ("", "->") };
    if report.from.version == report.to.version {
        return format!("{} {tick}{}{tick}", report.to.title, report.to.version);
    }
    format!("{} {tick}{}{tick} {arrow} {tick}{}{tick}", report.to.title, report.from.version, report.to.version)
}

fn version_sentence(version: &VersionAdvice, markdown: bool) -> String {
    let (b, tick) = if markdown { ("**", "`") } else { ("", "") };
    if version.bump == Bump::None {
        return format!("{b}Version:{b} {tick}{}{tick} stays ({}).", version.current, version.reason);
    }
    let state = if version.applied { "applied" } else { "suggested, not applied" };
    let arrow = if markdown { "→" } else { "->" };
    format!(
        "{b}Version:{b} {tick}{}{tick} {arrow} {tick}{}{tick} ({state}): {}.",
        version.current, version.next, version.reason
    )
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

    /// Finds types that only changed name: one removed and one added type
    /// of the same shape, matched one to one.
    fn type_renames(&mut self, old: &ApiDescription, new: &ApiDescription) {
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

    fn client(&mut self, old: &ApiDescription, new: &ApiDescription) {
        let subject = "`DEFAULT_BASE_URL`";
        match (&old.default_base_url, &new.default_base_url) {
            (Some(a), Some(b)) if a != b => {
                self.push(Impact::Neutral, subject, format!("changed from <{a}> to <{b}>"), "clients built without `base_url` talk to the new server")
            }
            (Some(_), None) => self.push(
                Impact::Breaking,
                subject,
                "removed",
                "the document no longer names an absolute server: code using the constant stops compiling, and clients must set `base_url`",
            ),
            (None, Some(b)) => self.push(Impact::Addition, subject, format!("added (<{b}>)"), ""),
            _ => {}
        }
        let old_by_name: BTreeMap<&str, _> = old.credentials.iter().map(|c| (c.method.as_str(), c)).collect();
        let new_by_name: BTreeMap<&str, _> = new.credentials.iter().map(|c| (c.method.as_str(), c)).collect();
        for (name, before) in &old_by_name {
            let subject = format!("`ClientBuilder::{name}`");
            match new_by_name.get(name) {
                None => self.push(
                    Impact::Breaking,
                    &subject,
                    format!("credential setter removed (scheme `{}`)", before.scheme),
                    "code that sets this credential stops compiling",
                ),
                Some(after) if after.takes != before.takes => self.push(
                    Impact::Breaking,
                    &subject,
                    format!("now takes {} instead of {}", takes(&after.takes), takes(&before.takes)),
                    "calls must pass the new arguments",
                ),
                Some(after) if after.scheme != before.scheme => self.push(
                    Impact::Neutral,
                    &subject,
                    format!("now sets scheme `{}` (was `{}`)", after.scheme, before.scheme),
                    "",
                ),
                Some(_) => {}
            }
        }
        for (name, after) in &new_by_name {
            if !old_by_name.contains_key(name) {
                let subject = format!("`ClientBuilder::{name}`");
                self.push(
                    Impact::Addition,
                    &subject,
                    format!("credential setter added (scheme `{}`)", after.scheme),
                    "",
                );
            }
        }
    }

    fn operations(&mut self, old: &ApiDescription, new: &ApiDescription) {
        let old_names: BTreeSet<&str> = old.operations.iter().map(|o| o.name.as_str()).collect();
        let endpoint = |o: &OperationDesc| (o.method.clone(), o.path.clone());
        let added: Vec<&OperationDesc> =
            new.operations.iter().filter(|o| !old_names.contains(o.name.as_str())).collect();
        let mut renamed_to: BTreeSet<&str> = BTreeSet::new();
        for before in &old.operations {
            if let Some(after) = new.operations.iter().find(|o| o.name == before.name) {
                self.operation(before, after);
                continue;
            }
            let same_endpoint: Vec<&&OperationDesc> =
                added.iter().filter(|o| endpoint(o) == endpoint(before)).collect();
            if let [after] = same_endpoint.as_slice() {
                renamed_to.insert(after.name.as_str());
                self.push(
                    Impact::Breaking,
                    &method(&before.name),
                    format!("renamed to {} (`{} {}`)", method(&after.name), after.method, after.path),
                    "calls must use the new name (the operationId changed)",
                );
                self.operation(before, after);
                continue;
            }
            self.push(
                Impact::Breaking,
                &method(&before.name),
                format!("removed (was `{} {}`)", before.method, before.path),
                "calls to it stop compiling",
            );
        }
        for after in &new.operations {
            if !old_names.contains(after.name.as_str()) && !renamed_to.contains(after.name.as_str()) {
                self.push(
                    Impact::Addition,
                    &method(&after.name),
                    format!("added (`{} {}`)", after.method, after.path),
                    "",
                );
            }
        }
    }

    fn operation(&mut self, old: &OperationDesc, new: &OperationDesc) {
        let subject = method(&new.name);
        let subject = subject.as_str();
        if (&old.method, &old.path) != (&new.method, &new.path) {
            self.push(
                Impact::Neutral,
                subject,
                format!("now sends `{} {}` (was `{} {}`)", new.method, new.path, old.method, old.path),
                "the Rust signature is unchanged",
            );
        }
        self.deprecation(subject, "", old.deprecated, new.deprecated);
        for before in &old.params {
            match new.params.iter().find(|p| p.name == before.name) {
                Some(after) => self.param(subject, &new.name, before, after),
                None if before.required => self.push(
                    Impact::Breaking,
                    subject,
                    format!("required parameter `{}` removed", before.name),
                    format!("{subject} no longer takes the `{}` argument", before.name),
                ),
                None => self.push(
                    Impact::Breaking,
                    subject,
                    format!("optional parameter `{}` removed", before.name),
                    format!("the builder method `.{}(..)` is gone", before.name),
                ),
            }
        }
        for after in new.params.iter().filter(|p| !old.params.iter().any(|o| o.name == p.name)) {
            if after.required {
                self.push(
                    Impact::Breaking,
                    subject,
                    format!("required parameter `{}: {}` added", after.name, after.ty),
                    format!("{subject} takes a new argument"),
                );
            } else {
                self.push(
                    Impact::Addition,
                    subject,
                    format!("optional parameter `{}: {}` added", after.name, after.ty),
                    format!("a new builder method, `.{}(..)`", after.name),
                );
            }
        }
        let kept_old: Vec<&String> = old.arguments.iter().filter(|a| new.arguments.contains(a)).collect();
        let kept_new: Vec<&String> = new.arguments.iter().filter(|a| old.arguments.contains(a)).collect();
        if kept_old != kept_new {
            self.push(
                Impact::Breaking,
                subject,
                format!("arguments reordered: ({}) is now ({})", old.arguments.join(", "), new.arguments.join(", ")),
                "check every call: arguments of the same type may swap without a compile error",
            );
        }
        self.body(subject, old, new);
        self.response(
            subject,
            "response",
            &old.response,
            &new.response,
            &old.response_variants,
            &new.response_variants,
        );
        self.response(subject, "error", &old.error, &new.error, &old.error_variants, &new.error_variants);
        self.headers(subject, "response", old.headers.as_ref(), new.headers.as_ref(), &new.response);
        for after in &new.error_variants {
            let before =
                old.error_variants.iter().find(|c| c.variant == after.variant).and_then(|c| c.headers.as_ref());
            self.headers(subject, &format!("`{}::{}`", new.error, after.variant), before, after.headers.as_ref(), "");
        }
    }

    /// The struct of documented headers of a success response (`body` is
    /// its body type, `T` in `Response<T, H>`) or of an error variant
    /// (`body` empty: the struct is read by hand, not part of a type).
    fn headers(&mut self, subject: &str, what: &str, old: Option<&HeadersDesc>, new: Option<&HeadersDesc>, body: &str) {
        match (old, new) {
            (None, None) => {}
            (None, Some(after)) if !body.is_empty() => self.push(
                Impact::Breaking,
                subject,
                format!(
                    "{what} headers `{}` documented: the response type is now `Response<{body}, {}>`",
                    after.name, after.name
                ),
                format!("code that names `Response<{body}>` for this call must add `{}`", after.name),
            ),
            (None, Some(after)) => {
                self.push(Impact::Addition, subject, format!("{what} headers `{}` documented", after.name), "")
            }
            (Some(before), None) => self.push(
                Impact::Breaking,
                subject,
                format!("{what} headers `{}` removed", before.name),
                "code that reads them stops compiling",
            ),
            (Some(before), Some(after)) if before.name != after.name => self.push(
                Impact::Breaking,
                subject,
                format!("{what} headers renamed from `{}` to `{}`", before.name, after.name),
                "code naming the struct must follow",
            ),
            (Some(before), Some(after)) => {
                for field in &before.fields {
                    match after.fields.iter().find(|f| f.name == field.name) {
                        None => self.push(
                            Impact::Breaking,
                            subject,
                            format!("header field `{}::{}` removed", after.name, field.name),
                            "code reading it stops compiling",
                        ),
                        Some(now) if !self.same_type(&field.ty, &now.ty) => self.push(
                            Impact::Breaking,
                            subject,
                            format!(
                                "header field `{}::{}` changed type from `{}` to `{}`",
                                after.name, field.name, field.ty, now.ty
                            ),
                            "code reading it must follow the new type",
                        ),
                        Some(_) => {}
                    }
                }
                for field in after.fields.iter().filter(|f| !before.fields.iter().any(|b| b.name == f.name)) {
                    self.push(
                        Impact::Addition,
                        subject,
                        format!("header field `{}::{}: {}` added", after.name, field.name, field.ty),
                        "callers only read header structs",
                    );
                }
            }
        }
    }

    fn param(&mut self, subject: &str, method_name: &str, old: &ParamDesc, new: &ParamDesc) {
        let name = &new.name;
        match (old.required, new.required) {
            (false, true) => self.push(
                Impact::Breaking,
                subject,
                format!("parameter `{name}` made required"),
                format!("it moves from the builder method `.{name}(..)` to an argument of `Client::{method_name}`"),
            ),
            (true, false) => self.push(
                Impact::Breaking,
                subject,
                format!("parameter `{name}` made optional"),
                format!("it moves from an argument of `Client::{method_name}` to the builder method `.{name}(..)`"),
            ),
            _ => {}
        }
        if !self.same_type(&old.ty, &new.ty) {
            self.push(
                Impact::Breaking,
                subject,
                format!("parameter `{name}` changed type from `{}` to `{}`", old.ty, new.ty),
                "calls must pass the new type",
            );
        }
        if (&old.location, &old.wire_name) != (&new.location, &new.wire_name) {
            self.push(
                Impact::Neutral,
                subject,
                format!(
                    "parameter `{name}` now sent as {} `{}` (was {} `{}`)",
                    new.location, new.wire_name, old.location, old.wire_name
                ),
                "the Rust signature is unchanged",
            );
        }
        self.deprecation(subject, &format!("parameter `{name}` "), old.deprecated, new.deprecated);
    }

    fn body(&mut self, subject: &str, old: &OperationDesc, new: &OperationDesc) {
        match (&old.body, &new.body) {
            (None, None) => {}
            (None, Some(after)) if after.required => self.push(
                Impact::Breaking,
                subject,
                format!("required request body `{}` added", after.ty),
                format!("{subject} takes a new `body` argument"),
            ),
            (None, Some(after)) => self.push(
                Impact::Addition,
                subject,
                format!("optional request body `{}` added", after.ty),
                "a new builder method, `.body(..)`",
            ),
            (Some(before), None) => self.push(
                Impact::Breaking,
                subject,
                format!("request body `{}` removed", before.ty),
                if before.required { "the `body` argument is gone" } else { "the builder method `.body(..)` is gone" },
            ),
            (Some(before), Some(after)) => {
                match (before.required, after.required) {
                    (false, true) => self.push(
                        Impact::Breaking,
                        subject,
                        "request body made required",
                        "it moves from the builder method `.body(..)` to a `body` argument",
                    ),
                    (true, false) => self.push(
                        Impact::Breaking,
                        subject,
                        "request body made optional",
                        "it moves from the `body` argument to the builder method `.body(..)`",
                    ),
                    _ => {}
                }
                // The first payload is the default's: a value of it converts
                // into a media-type enum, so calls that passed it still compile.
                let default_payload = |body: &BodyDesc| {
                    body.media_types.first().map_or_else(|| body.ty.clone(), |media| media.ty.clone())
                };
                if !self.same_type(&before.ty, &after.ty) {
                    if !after.media_types.is_empty()
                        && self.same_type(&default_payload(before), &default_payload(after))
                    {
                        self.push(
                            Impact::Addition,
                            subject,
                            format!("request body can be sent as several media types (`{}`)", after.ty),
                            format!(
                                "a `{}` converts into `{}` and is sent as before",
                                default_payload(after),
                                after.ty
                            ),
                        );
                    } else {
                        self.push(
                            Impact::Breaking,
                            subject,
                            format!("request body changed type from `{}` to `{}`", before.ty, after.ty),
                            "calls must pass the new type",
                        );
                    }
                } else {
                    for media in &after.media_types {
                        if !before.media_types.iter().any(|old| old.variant == media.variant) {
                            self.push(
                                Impact::Addition,
                                subject,
                                format!(
                                    "request body media type `{}` added (`{}::{}`)",
                                    media.content_type, after.ty, media.variant
                                ),
                                "one more variant to pick",
                            );
                        }
                    }
                    for media in &before.media_types {
                        if !after.media_types.iter().any(|new| new.variant == media.variant) {
                            self.push(
                                Impact::Breaking,
                                subject,
                                format!(
                                    "request body media type `{}` removed (`{}::{}`)",
                                    media.content_type, before.ty, media.variant
                                ),
                                "calls that pick this variant no longer compile",
                            );
                        }
                    }
                }
                if before.content_type != after.content_type {
                    self.push(
                        Impact::Neutral,
                        subject,
                        format!("request body now sent as `{}` (was `{}`)", after.content_type, before.content_type),
                        "the Rust signature is unchanged",
                    );
                }
            }
        }
    }

    /// The success (`what` = `response`) or error side of an operation.
    fn response(
        &mut self,
        subject: &str,
        what: &str,
        old: &str,
        new: &str,
        old_cases: &[CaseDesc],
        new_cases: &[CaseDesc],
    ) {
        if !self.same_type(old, new) {
            let (shape, why) = if what == "response" {
                ("Response<{}>", "code that uses the response body must follow the new type")
            } else {
                ("Error<{}>", "code that names or matches the error type must follow the new type")
            };
            let wrap = |t: &str| shape.replace("{}", t);
            self.push(
                Impact::Breaking,
                subject,
                format!("{what} type changed from `{}` to `{}`", wrap(old), wrap(new)),
                why,
            );
            return;
        }
        for before in old_cases {
            match new_cases.iter().find(|c| c.variant == before.variant) {
                None => self.push(
                    Impact::Breaking,
                    subject,
                    format!("{what} variant `{new}::{}` removed (status {})", before.variant, before.status),
                    "code naming it stops compiling",
                ),
                Some(after) => {
                    if !self.same_type(before.ty.as_deref().unwrap_or("()"), after.ty.as_deref().unwrap_or("()")) {
                        self.push(
                            Impact::Breaking,
                            subject,
                            format!(
                                "{what} variant `{new}::{}` changed from {} to {}",
                                before.variant,
                                payload(&before.ty),
                                payload(&after.ty)
                            ),
                            "code matching it must follow the new payload",
                        );
                    }
                    if before.status != after.status {
                        self.push(
                            Impact::Neutral,
                            subject,
                            format!(
                                "{what} variant `{new}::{}` now stands for status {} (was {})",
                                after.variant, after.status, before.status
                            ),
                            "the Rust type is unchanged",
                        );
                    }
                }
            }
        }
        for after in new_cases.iter().filter(|c| !old_cases.iter().any(|o| o.variant == c.variant)) {
            let why = if what == "response" {
                format!(
                    "an exhaustive `match` on `{new}` must handle it (the generated enum is not `#[non_exhaustive]`)"
                )
            } else {
                format!(
                    "an exhaustive `match` on `{new}` must handle it (the generated enum is not `#[non_exhaustive]`), and responses with status {} now arrive as this variant",
                    after.status
                )
            };
            self.push(
                Impact::Breaking,
                subject,
                format!("{what} variant `{new}::{}` added (status {})", after.variant, after.status),
                why,
            );
        }
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

    fn types(&mut self, old: &ApiDescription, new: &ApiDescription) {
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
        match (&old.shape, &new.shape) {
            (TypeShape::Struct { fields: a }, TypeShape::Struct { fields: b }) => {
                self.fields(subject, &new.name, usage, a, b)
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

    fn fields(&mut self, subject: &str, type_name: &str, usage: Usage, old: &[FieldDesc], new: &[FieldDesc]) {
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
                let what = if before.ty == format!("Option<{}>", after.ty) && after.ty.starts_with("Option<") {
                    format!("optional, nullable field `{name}` is now `{}` (was `{}`): a missing value and `null` both read as `None`", after.ty, before.ty)
                } else if before.ty.strip_prefix("Option<Option<") == after.ty.strip_prefix("Nullable<")
                    && after.ty.starts_with("Nullable<")
                {
                    format!("optional, nullable field `{name}` is now `{}` (was `{}`): `Nullable::Absent`, `Nullable::Null` or `Nullable::Value`", after.ty, before.ty)
                } else if after.ty == format!("Option<{}>", before.ty) {
                    format!("field `{name}` made optional (`{}` -> `{}`)", before.ty, after.ty)
                } else if self.constants.contains(&after.ty) {
                    format!("field `{name}` is now the constant `{}`, always sent (was `{}`)", after.ty, before.ty)
                } else if before.ty == format!("Option<{}>", after.ty) {
                    format!("field `{name}` made required (`{}` -> `{}`)", before.ty, after.ty)
                } else {
                    format!("field `{name}` changed type from `{}` to `{}`", before.ty, after.ty)
                };
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
                } else {
                    format!(
                        "`{type_name}` is not `#[non_exhaustive]` and {place}: struct literals of `{type_name}` must name the new field (`{}: None`), unless they end in `..Default::default()`",
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

fn takes(kind: &str) -> &'static str {
    if kind == "basic" {
        "a user name and password"
    } else {
        "a token"
    }
}

fn payload(ty: &Option<String>) -> String {
    ty.as_ref().map_or("no payload".to_owned(), |t| format!("`{t}`"))
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
