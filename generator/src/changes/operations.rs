//! Changes to the client, its operations, their parameters, bodies,
//! responses and response headers.

use super::{method, Diff, Impact};
use crate::describe::{ApiDescription, BodyDesc, CaseDesc, HeadersDesc, OperationDesc, ParamDesc};
use std::collections::{BTreeMap, BTreeSet};

impl Diff {
    pub(super) fn client(&mut self, old: &ApiDescription, new: &ApiDescription) {
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

    pub(super) fn operations(&mut self, old: &ApiDescription, new: &ApiDescription) {
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
