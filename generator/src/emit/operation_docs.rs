//! The generated sentences of an operation's docs: what its client method
//! returns and which errors it has (with links), the first lines of its
//! request builder's page, and the crate root's index of operations by tag.

use super::docs::sanitize;
use super::Emitter;
use crate::ir::{Operation, ResponseCase, ResponseFormat, StatusMatch, TypeRef};

impl Emitter<'_> {
    /// "Returns a [`Response`] of [`T`] (`200`); errors: [`Error::Api`] with
    /// an [`XError`] (`404`), or another [`Error`] (...)." for `op`.
    pub(super) fn returns_doc(&self, op: &Operation) -> String {
        let success = match &op.success_enum {
            Some(name) => {
                format!("[`{name}`](crate::operations::{name}) (one variant per status: {})", statuses(&op.success))
            }
            None => match op.success.first() {
                Some(case) => format!("{} ({})", self.body_phrase(case), statuses(&op.success)),
                None => "no body (`()`)".to_owned(),
            },
        };
        let headers = op.success_headers.as_ref().map_or(String::new(), |set| {
            format!(" with typed headers [`{0}`](crate::operations::{0})", crate::naming::unraw(&set.name))
        });
        let errors = match &op.error_enum {
            Some(name) => format!(
                "a documented error status is [`Error::Api`](crate::Error::Api) holding an [`{name}`](crate::operations::{name}) ({}); ",
                statuses(&op.errors)
            ),
            None => String::new(),
        };
        format!(
            "Returns a [`Response`](crate::Response) of {success}{headers}. Errors: {errors}any other status is \
             [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a \
             transport failure the matching [`Error`](crate::Error) variant."
        )
    }

    /// What a response case's body is, linked when it is one of the crate's types.
    fn body_phrase(&self, case: &ResponseCase) -> String {
        match case.format {
            ResponseFormat::Json => self.type_phrase(&case.ty),
            ResponseFormat::Text => "its text (`String`)".to_owned(),
            ResponseFormat::Binary => "its bytes (`Bytes`)".to_owned(),
            ResponseFormat::Empty => "no body (`()`)".to_owned(),
        }
    }

    fn type_phrase(&self, ty: &TypeRef) -> String {
        match ty {
            TypeRef::Named(id) => {
                let name = crate::naming::unraw(&self.api.types[*id].name);
                format!("[`{name}`](crate::types::{name})")
            }
            TypeRef::Vec(inner) => format!("a list of {}", self.type_phrase(inner)),
            TypeRef::Option(inner) => self.type_phrase(inner),
            other => format!("`{}`", super::type_tokens(self.api, other).to_string().replace(' ', "")),
        }
    }

    /// The first lines of a request builder's page: the operation's summary
    /// (sanitised document prose) and the generated line with the method,
    /// the path and where the builder comes from.
    pub(super) fn builder_doc_lines(&self, op: &Operation) -> (Option<String>, String) {
        let summary =
            op.summary.as_deref().or(op.description.as_deref()).map(first_paragraph).map(|text| sanitize(&text));
        let method = crate::naming::unraw(&op.rust_name);
        let line = format!(
            "`{} {}`: made by [`Client::{method}`](crate::Client::{method}); set optional parameters and per-call options, \
             then `.await` it (or call `send`) to send the request.",
            op.method.as_str(),
            op.path.replace('`', "'")
        );
        (summary, line)
    }

    /// The crate root's index: a table per tag (untagged operations last)
    /// with each operation's method, `METHOD /path` and summary.
    pub(super) fn operations_index(&self) -> Vec<String> {
        let mut tags: Vec<&str> = Vec::new();
        for op in &self.api.operations {
            let tag = op_tag(op);
            if !tags.contains(&tag) {
                tags.push(tag);
            }
        }
        tags.sort_by_key(|tag| (tag.is_empty(), *tag));
        let mut lines = vec!["# Operations".to_owned(), String::new()];
        for tag in tags {
            lines.push(if tag.is_empty() { "## Other operations".to_owned() } else { format!("## {}", sanitize(tag)) });
            lines.push(String::new());
            lines.push("| method | endpoint | summary |".to_owned());
            lines.push("| --- | --- | --- |".to_owned());
            for op in self.api.operations.iter().filter(|op| op_tag(op) == tag) {
                let method = crate::naming::unraw(&op.rust_name);
                let summary = op
                    .summary
                    .as_deref()
                    .map(first_paragraph)
                    .map(|s| sanitize(&s).replace('|', "\\|").replace('\n', " "));
                lines.push(format!(
                    "| [`{method}`](Client::{method}) | `{} {}` | {} |",
                    op.method.as_str(),
                    op.path.replace('`', "'").replace('|', "\\|"),
                    summary.unwrap_or_default()
                ));
            }
            lines.push(String::new());
        }
        lines
    }
}

/// The tag an operation is listed under: its first, or "" for none.
fn op_tag(op: &Operation) -> &str {
    op.tags.first().map_or("", String::as_str)
}

/// The statuses of some response cases, as the document writes them.
fn statuses(cases: &[ResponseCase]) -> String {
    let statuses: Vec<String> = cases
        .iter()
        .map(|case| match case.status {
            StatusMatch::Code(code) => format!("`{code}`"),
            StatusMatch::Range(range) => format!("`{range}XX`"),
            StatusMatch::Default => "`default`".to_owned(),
        })
        .collect();
    statuses.join(", ")
}

/// The first paragraph of document prose, on one line.
fn first_paragraph(text: &str) -> String {
    text.trim().split("\n\n").next().unwrap_or_default().lines().map(str::trim).collect::<Vec<_>>().join(" ")
}
